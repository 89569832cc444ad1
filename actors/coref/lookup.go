package coref

import "sort"

// At returns the entity that the text [start, end) refers to, with the mention
// that says so: the mention overlapping it most (the innermost on a tie). It
// returns nil when no mention overlaps.
func (d *Doc) At(start, end int) (*Entity, *Mention) {
	i := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].End > start })
	var best *Mention
	bestOverlap := 0
	for ; i < len(d.Mentions) && d.Mentions[i].Start < end; i++ {
		m := &d.Mentions[i]
		ov := min(end, m.End) - max(start, m.Start)
		if ov > bestOverlap || ov == bestOverlap && best != nil && m.Len() < best.Len() {
			best, bestOverlap = m, ov
		}
	}
	if best == nil {
		return nil, nil
	}
	return d.Entities[best.Entity], best
}
