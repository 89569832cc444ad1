package actors

import "testing"

// TestRoleNames checks that a role in a headline, before a body's name or
// before a function word takes no name, while a role before a name does.
func TestRoleNames(t *testing.T) {
	d := mustDict(t)
	for _, c := range []struct {
		name, in, text string // text: the whole mention of the role
	}{
		{"title-case headline", "Obama Seeks More Muslim Refugees As He Recognizes Major Islamic Holiday", "Muslim Refugees"},
		{"capitals headline", "CONGRESS HAS INVESTIGATED HIM OVER THE DEAL", "CONGRESS"},
		{"headline name", "Conservative Website Shows Bias When Covering Trump", "Website"},
		{"function word ends name", "The mayor said Mayor Bill de Blasio Now would go.", "Mayor Bill de Blasio"},
		{"body after role", "the House Intelligence Committee said", "Intelligence"},
		{"department after role", "the Chicago Police Department said", "Chicago Police"},
		{"nationality opening a body's name", "is now president of the American Action Forum, a group", "president"},
		{"name in sentence", "Chinese Foreign Minister Wang Yi said", "Chinese Foreign Minister Wang Yi"},
		{"sentence of names with a short verb", "Ukrainian President Volodymyr Zelensky met French President Emmanuel Macron in Paris.",
			"Ukrainian President Volodymyr Zelensky"},
	} {
		ms := resolved(t, d, c.in, d2023)
		if _, ok := find(ms, c.text); !ok {
			t.Errorf("%s: %q: no mention %q in %+v", c.name, c.in, c.text, ms)
		}
		for _, m := range ms {
			if len(m.Text) > len(c.text) && m.Text[:len(c.text)] == c.text {
				t.Errorf("%s: %q: mention %q runs past %q", c.name, c.in, m.Text, c.text)
			}
		}
	}
}
