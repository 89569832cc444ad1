package actors

import "testing"

// TestThings checks that a religion or nationality adjective on a thing noun
// is no actor (things.go), and that actors and people stay.
func TestThings(t *testing.T) {
	checkResolutions(t, []resolution{
		{"religion holiday", "a statement in observance of the Muslim holiday Eid-al-Adha.", "Muslim", ""},
		{"headline holiday", "Obama Recognizes Major Islamic Holiday.", "Islamic", ""},
		{"holiday with adjective", "The holiday is observed as a Muslim holy day of sacrifice.", "Muslim", ""},
		{"nationality law", "whether the comments are infringing on German law.", "German", ""},
		{"nationality architecture", "He studied French architecture and history.", "French", ""},
		{"faith", "Ali converted to the Islamic faith and refused to fight.", "Islamic", ""},
		{"dictionary phrase stays", "the Islamic State of Iraq and the Levant said", "Islamic State of Iraq and the Levant", "IMGMUSISI"},
		{"islamic state stays", "Islamic State fighters attacked the town.", "Islamic State fighters", "IMGMUSISI"},
		{"muslim brotherhood stays", "The Muslim Brotherhood said.", "Muslim Brotherhood", "EGYOPP"},
		{"nationality role stays", "The Chinese government said.", "Chinese government", "CHNGOV"},
		{"nationality troops stay", "Russian troops crossed the border.", "Russian troops", "RUSMIL"},
		{"agent starting with a thing noun", "Russian law enforcement arrested him.", "Russian law enforcement", "RUSCOP"},
		{"thing noun before an agent", "Islamic law scholars met in Cairo.", "Islamic", "MUS"},
		{"thing noun before another noun", "The French freelance music photographer said.", "French", "FRA"},
		{"hyphenated compound", "Chinese holiday-makers arrived.", "Chinese", "CHN"},
		{"plural verb unknown", "Jewish law says so.", "Jewish", "JEW"},
		{"people", "Muslim families protested.", "Muslim", "MUS"},
	})
}
