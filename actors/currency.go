package actors

// currency reports whether atom a is the country prefix of a currency sign
// written against it ("US$50 million", "HK$3 billion", "A$ 10"): a price,
// not a mention of the country.
func (c *composer) currency(a atom) bool {
	j := int(a.j)
	return j < len(c.ws) && c.ws[j].id == c.d.special.dollar && c.ws[j].start == c.ws[j-1].end
}
