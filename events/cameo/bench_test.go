package cameo

import "testing"

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	tab := mustLoad(b)
	for b.Loop() {
		if _, ok := tab.Lookup("1831"); !ok {
			b.Fatal("missing")
		}
	}
}
