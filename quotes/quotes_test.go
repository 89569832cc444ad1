package quotes

import (
	"strings"
	"testing"

	"entente/evaluate"
	"entente/internal/seeddata"
)

func TestSeedWhoSaidWhat(t *testing.T) {
	gold, err := evaluate.ParseGold("gold.json", seeddata.GoldJSON())
	if err != nil {
		t.Fatal(err)
	}
	qs, _ := extractFrom(t, string(seeddata.Article()), gold.Date)
	var pred []evaluate.PredQuote
	for _, q := range qs {
		pred = append(pred, evaluate.PredQuote{Text: q.Text, Direct: q.Direct, Speaker: q.Speaker.Name})
	}
	s := evaluate.ScoreQuotes(gold.Quotes, pred, evaluate.SeedSpeakerOK)
	wp, wr, wf := evaluate.PRF(s.SpeakerOK, s.FP+s.TP-s.SpeakerOK, s.FN+s.TP-s.SpeakerOK)
	t.Logf("seed:\n%s", s.Report())
	if wf < 0.90 {
		t.Errorf("who-said-what F1 = %.3f (P %.3f R %.3f), want ≥ 0.90", wf, wp, wr)
	}
}

func TestAttribution(t *testing.T) {
	tests := []struct {
		name    string
		raw     string
		quote   string // a distinctive part of the quote
		speaker string
		direct  bool
		cue     string
	}{
		{"trailing said", "Talks stall\n\n“We will not accept this deal under any conditions,” Maria Lopez said on Monday.",
			"We will not accept", "Maria Lopez", true, "said"},
		{"inverted said with role", "Talks stall\n\n“The ceasefire has collapsed completely,” said John Carter, a senior analyst at the Brookings Institution.",
			"ceasefire has collapsed", "John Carter", true, "said"},
		{"pronoun resolves to the last person", "Talks stall\n\nMaria Lopez, the foreign minister, met the envoy on Monday.\n\n“Nothing was agreed at the meeting today,” she said.",
			"Nothing was agreed", "Maria Lopez", true, "said"},
		{"surname", "Talks stall\n\nJohn Carter spoke to reporters in Geneva on Tuesday.\n\n“The fighting must end before any talks can begin,” Carter said.",
			"fighting must end", "John Carter", true, "said"},
		{"colon", "Talks stall\n\nAs John Carter put it: “The region cannot take another war like this one.”",
			"region cannot take", "John Carter", true, "put"},
		{"floating paragraph", "Talks stall\n\n“We need help from everyone who can give it,” Maria Lopez said.\n\n“The situation in the camps is getting worse every single day.”",
			"camps is getting worse", "Maria Lopez", true, ""},
		{"indirect that", "Talks stall\n\nMaria Lopez said that the government would reopen the border crossing next week.",
			"reopen the border crossing", "Maria Lopez", false, "said"},
		{"indirect trailing", "Talks stall\n\nThe border crossing will reopen next week after months of closure, Maria Lopez said.",
			"border crossing will reopen", "Maria Lopez", false, "said"},
		{"indirect according to, opening", "Talks stall\n\nAccording to Maria Lopez, the border crossing will reopen next week after months of closure.",
			"border crossing will reopen", "Maria Lopez", false, "According"},
		{"indirect according to, closing", "Talks stall\n\nThe border crossing will reopen next week after months of closure, according to Maria Lopez.",
			"border crossing will reopen", "Maria Lopez", false, "according"},
		{"according to an unnamed source", "Talks stall\n\nThe border crossing will reopen next week after months of closure, according to the latest data.",
			"border crossing will reopen", "latest data", false, "according"},
		{"partial quote governed by a verb", "Talks stall\n\nThe minister Maria Lopez blamed “the failure of the international community to act in time.”",
			"failure of the international community", "Maria Lopez", true, "blamed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs, _ := extractFrom(t, tt.raw, "2024-01-15")
			var got *Quote
			for i := range qs {
				if strings.Contains(qs[i].Text, tt.quote) {
					got = &qs[i]
				}
			}
			if got == nil {
				t.Fatalf("quote %q not found in %+v", tt.quote, qs)
			}
			if got.Speaker.Name != tt.speaker || got.Direct != tt.direct {
				t.Errorf("speaker %q direct %v, want %q %v", got.Speaker.Name, got.Direct, tt.speaker, tt.direct)
			}
			if tt.cue != "" && (got.Cue == nil || got.Cue.Text != tt.cue) {
				t.Errorf("cue = %+v, want %q", got.Cue, tt.cue)
			}
			if tt.cue == "" && !got.Floating {
				t.Error("quote without a cue is not marked floating")
			}
		})
	}
}

func TestRoleAndOrganisation(t *testing.T) {
	qs, _ := extractFrom(t, "Talks stall\n\n“The ceasefire has collapsed completely,” said John Carter, a senior analyst at the Brookings Institution.", "2024-01-15")
	if len(qs) != 1 {
		t.Fatalf("got %d quotes, want 1", len(qs))
	}
	if sp := qs[0].Speaker; sp.Role != "senior analyst" || sp.Organisation != "Brookings Institution" {
		t.Errorf("speaker = %+v, want role senior analyst at Brookings Institution", sp)
	}
}

func TestPullQuoteIsOneQuote(t *testing.T) {
	raw := "Talks stall\n\n“Everyone wants a deal, but nobody wants to pay for it.”\n\nThe talks in Geneva ended without an agreement on Friday.\n\n“Everyone wants a deal, but nobody wants to pay for it,” said John Carter, an analyst."
	qs, _ := extractFrom(t, raw, "2024-01-15")
	n := 0
	for _, q := range qs {
		if strings.Contains(q.Text, "Everyone wants a deal") {
			n++
			if len(q.Occurrences) != 2 {
				t.Errorf("occurrences = %v, want 2", q.Occurrences)
			}
		}
	}
	if n != 1 {
		t.Errorf("the quote printed twice gave %d quotes, want 1", n)
	}
}

func TestScareQuotesAndTitlesAreNotQuotes(t *testing.T) {
	qs, _ := extractFrom(t, "Talks stall\n\nThe so-called “rejects” watched “Saturday Night Live” on the evening of the vote.", "2024-01-15")
	if len(qs) != 0 {
		t.Errorf("got quotes %+v, want none", qs)
	}
}

func TestOffsets(t *testing.T) {
	qs, a := extractFrom(t, string(seeddata.Article()), "2023-10-31")
	for _, q := range qs {
		if a.Text[q.Start:q.End] != q.Text {
			t.Fatalf("quote text %q differs from text[%d:%d]", q.Text, q.Start, q.End)
		}
		if q.Cue != nil && a.Text[q.Cue.Start:q.Cue.End] != q.Cue.Text {
			t.Fatalf("cue %q differs from its offsets", q.Cue.Text)
		}
		if q.SpeakerMention != nil && a.Text[q.SpeakerMention.Start:q.SpeakerMention.End] != q.SpeakerMention.Text {
			t.Fatalf("speaker mention %q differs from its offsets", q.SpeakerMention.Text)
		}
		for _, o := range q.Occurrences {
			if o.Start < 0 || o.End > len(a.Text) || o.Start >= o.End {
				t.Fatalf("occurrence %+v out of range", o)
			}
		}
	}
}

// TestDashAttribution: the epigraph and vox-pop form “…” ― Name.
func TestDashAttribution(t *testing.T) {
	tests := []struct {
		name, raw, quote, speaker string
	}{
		{"vox pop lines", "Voters speak\n\n“The debate changed nothing for me at all.” ― Maria Lopez\n“I will vote for the first time this year.” ― John Carter\n",
			"first time this year", "John Carter"},
		{"em dash with appositive", "Voters speak\n\n“Prices have gone up every single month.” — Ana Silva, a shop owner in Lisbon",
			"Prices have gone up", "Ana Silva"},
		{"dash that continues the sentence", "Voters speak\n\nMaria Lopez met the press. “We are not done yet,” she said — and then she left.",
			"not done yet", "Maria Lopez"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs, _ := extractFrom(t, tt.raw, "2024-01-15")
			for _, q := range qs {
				if strings.Contains(q.Text, tt.quote) {
					if q.Speaker.Name != tt.speaker {
						t.Errorf("speaker %q, want %q", q.Speaker.Name, tt.speaker)
					}
					return
				}
			}
			t.Fatalf("quote %q not found in %+v", tt.quote, qs)
		})
	}
}

// TestPartialQuoteClause: a partial quotation's Clause is the reported
// content around it, whichever side the cue is on.
func TestPartialQuoteClause(t *testing.T) {
	tests := []struct {
		name, raw, quote, clause string
	}{
		{"cue before, that", "Talks stall\n\nThe minister said on Monday that the talks were “going nowhere” after the meeting.",
			"going nowhere", "that the talks were “going nowhere” after the meeting"},
		{"cue after", "Talks stall\n\nThe talks were “going nowhere fast” after the meeting, the minister said.",
			"going nowhere fast", "The talks were “going nowhere fast” after the meeting"},
		{"a new clause ends it", "Talks stall\n\nThe minister said the talks were “going nowhere” for now, but the envoy disagreed.",
			"going nowhere", "the talks were “going nowhere” for now"},
		{"whole quote", "Talks stall\n\n“The talks are going nowhere,” the minister said.",
			"talks are going nowhere", "The talks are going nowhere,"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClause(t, tt.raw, "2024-01-15", tt.quote, tt.clause) })
	}
}

// TestSpeakerRules: where the parse misplaces or hides the speaker of a cue.
func TestSpeakerRules(t *testing.T) {
	tests := []struct {
		name, raw, quote, speaker, mention, cue string
	}{
		{"inverted cue, subject attached elsewhere", "Senate votes\n\n“I’d like to see the Democratic Party be as democratic as possible,” said Sen. Tammy Baldwin of Wisconsin.",
			"democratic as possible", "Tammy Baldwin", "", "said"},
		{"inverted cue, noun phrase read as parataxis", "Senate votes\n\n“Republicans are going to lose this election in November,” said one source who spoke on the condition of anonymity.",
			"lose this election", "", "one source", "said"},
		{"inverted cue, a name read as other words", "Senate votes\n\n“It's a pretty expensive business model,” said Will Doyle, a professor of higher education.",
			"expensive business model", "Will Doyle", "", "said"},
		{"a statement speaks", "Senate votes\n\n“We have to win this state or we lose the whole thing,” it said.",
			"win this state", "", "it", "said"},
		{"subject taken from inside the quotation", "Senate votes\n\n“Very good reporter, very good reporter this guy,” Donald Trump, the frontrunner, said when Boyle asked him a question.",
			"very good reporter this guy", "Donald Trump", "", "said"},
		{"relative pronoun", "Senate votes\n\nThe email was mishandled, said a former official who oversaw investigations and described the email controversy as “a lesser set of circumstances.”",
			"lesser set of circumstances", "", "who", "described"},
		{"name right before a cue without subject", "Senate votes\n\nAsked at a briefing Monday about her future role, White House press secretary Josh Earnest said the Nobel winner has been a “powerful voice” for reform in Burma.",
			"powerful voice", "Josh Earnest", "", "said"},
		{"a verb of saying tagged as a noun", "Senate votes\n\n“Cruz could win the general election in a landslide,” Viguerie concludes.",
			"win the general election", "Viguerie", "", "concludes"},
		{"punctuation does not make a cue govern", "Senate votes\n\nThe senator said the financial system was “corrupt,” noting that the banks had paid fines.",
			"corrupt", "", "", "said"},
		{"inverted cue, one of several", "Senate votes\n\n“It was unseemly and it was awful,” said one of two witnesses who relayed the story.",
			"unseemly", "", "one of two witnesses who relayed the story", "said"},
		{"any verb before a colon", "Senate votes\n\nTim Kaine has adopted the stance common among Catholics in public office: “I’m pro-life in my personal life, but support abortion in my public life.”",
			"pro-life in my personal life", "Tim Kaine", "", "adopted"},
		{"the participle before the quotation", "Senate votes\n\n“The deal is dead,” Maria Lopez said, adding, “Nobody cares about it any more.”",
			"Nobody cares", "Maria Lopez", "", "adding"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs, _ := extractFrom(t, tt.raw, "2016-01-15")
			for _, q := range qs {
				if !q.Direct || !strings.Contains(q.Text, tt.quote) {
					continue
				}
				if tt.speaker != "" && q.Speaker.Name != tt.speaker {
					t.Errorf("speaker %q, want %q", q.Speaker.Name, tt.speaker)
				}
				if tt.mention != "" && (q.SpeakerMention == nil || q.SpeakerMention.Text != tt.mention) {
					t.Errorf("speaker mention %+v, want %q", q.SpeakerMention, tt.mention)
				}
				if q.Cue == nil || q.Cue.Text != tt.cue {
					t.Errorf("cue %+v, want %q", q.Cue, tt.cue)
				}
				return
			}
			t.Fatalf("quote %q not found in %+v", tt.quote, qs)
		})
	}
}

// TestClauseRules: the reported content around a partial quotation.
func TestClauseRules(t *testing.T) {
	tests := []struct {
		name, raw, quote, clause string
	}{
		{"naming verb ends with the quotation", "Talks stall\n\nBeck called Palin a “total clown” on his radio show last week.",
			"total clown", "Palin a “total clown”"},
		{"a second predicate of the speaker", "Talks stall\n\nHe called it their “crystal ball” and said it was often more informative than the polls.",
			"crystal ball", "it their “crystal ball”"},
		{"a participle after a closing comma", "Talks stall\n\nIn the email, Ash described the move as a “major breach of trust,” adding that he would resign.",
			"breach of trust", "the move as a “major breach of trust,”"},
		{"a trailing cue reports from the colon", "Talks stall\n\nTrump asserted that France had lost its identity: “France is no longer France,” he claimed.",
			"no longer France", "France is no longer France,"},
		{"the addressee is not reported", "Talks stall\n\nJohn Bolton told radio host Matt Boyle, “The campaign slogan might as well be a warning to us all.”",
			"campaign slogan", "“The campaign slogan might as well be a warning to us all.”"},
		{"a cue before wins over a later one", "Talks stall\n\nSanders admitted on Tuesday that it would be “very hard” for his campaign to win, and later pledged to stay in the race.",
			"very hard", "that it would be “very hard” for his campaign to win"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClause(t, tt.raw, "2016-01-15", tt.quote, tt.clause) })
	}
}

// TestShortQuotes: a word or a title is a quote only where a cue attributes
// it outright, and a few quoted words inside a sentence do not inherit the
// last speaker.
func TestShortQuotes(t *testing.T) {
	tests := []struct {
		name, raw, quote string
		want             bool
	}{
		{"one word before its cue", "Talks stall\n\n“Absolutely,” Maria Lopez said when asked about the deal.", "Absolutely", true},
		{"one word named by a cue", "Talks stall\n\nMaria Lopez called the plan “absurd” on Monday.", "absurd", true},
		{"a title a cue mentions", "Talks stall\n\nMaria Lopez said on ABC’s “This Week” that the plan would fail.", "This Week", false},
		{"a scare quote after a quote", "Talks stall\n\n“We need help from everyone who can give it,” Maria Lopez said.\n\nThe long-haired “ambush journalist” of today was not there.", "ambush journalist", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs, _ := extractFrom(t, tt.raw, "2016-01-15")
			found := false
			for _, q := range qs {
				found = found || q.Direct && strings.Contains(q.Text, tt.quote)
			}
			if found != tt.want {
				t.Errorf("quote %q found = %v, want %v (%+v)", tt.quote, found, tt.want, qs)
			}
		})
	}
}

// checkClause extracts the quotes of raw and checks the clause of the direct
// quote holding quote.
func checkClause(t *testing.T, raw, date, quote, clause string) {
	t.Helper()
	qs, a := extractFrom(t, raw, date)
	for _, q := range qs {
		if q.Direct && strings.Contains(q.Text, quote) {
			if got := a.Text[q.Clause.Start:q.Clause.End]; got != clause {
				t.Errorf("clause %q, want %q", got, clause)
			}
			return
		}
	}
	t.Fatalf("quote %q not found in %+v", quote, qs)
}
