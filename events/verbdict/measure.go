package verbdict

// A measure or quantity noun followed by "of" ("25,000 tons of food aid",
// "dozens of civilians", "$50,000 worth of goods") names how much of the
// noun after it there is: that noun is the phrase's head in meaning, the
// one a pattern names. The matcher reads the measure noun and its "of"
// through at no cost, as it does "those of".

// measureNouns are lemmas of units of weight, volume and packing, of the
// nouns that count or size a quantity, and of those that count acts.
var measureNouns = map[string]bool{
	"ton": true, "tonne": true, "kilogram": true, "kg": true, "kilo": true, "pound": true,
	"barrel": true, "liter": true, "litre": true, "gallon": true, "crate": true, "box": true,
	"carton": true, "pallet": true, "sack": true, "bag": true, "truckload": true,
	"planeload": true, "shipload": true, "consignment": true, "batch": true,
	"dozen": true, "hundred": true, "thousand": true, "million": true, "billion": true,
	"score": true, "number": true, "lot": true, "couple": true, "amount": true,
	"quantity": true, "worth": true,
	// runs of acts: "held a new round of military talks", "launched a wave
	// of airstrikes", "fired a barrage of rockets"
	"round": true, "series": true, "wave": true, "spate": true, "barrage": true, "volley": true,
	"flurry": true, "string": true,
}

// measureOf reports whether token p is a measure noun right before "of",
// or that "of".
func (m *matcher) measureOf(p int) bool {
	measure := func(i int) bool {
		if i < 0 || i+1 >= len(m.word) || m.word[i+1] != "of" {
			return false
		}
		switch m.pos[i] {
		case "", "NOUN", "NUM", "ADJ":
		default:
			return false
		}
		return measureNouns[m.lemma[i]] || measureNouns[m.word[i]]
	}
	if m.word[p] == "of" {
		return measure(p - 1)
	}
	return measure(p)
}
