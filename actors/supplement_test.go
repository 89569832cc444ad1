package actors

import "testing"

// TestSupplementEntries checks the entries of dict/entente
// that change what the Phoenix dictionaries alone gave.
func TestSupplementEntries(t *testing.T) {
	checkResolutions(t, []resolution{
		{"kurds bare", "Kurds marched in Diyarbakir.", "Kurds", "KUR"},
		{"secretary-general of an organisation", "Arab League Secretary General Chadli Klibi undertook a mediation mission.", "Arab League Secretary General Chadli Klibi", "IGOMEAARL"},
		{"chief of an organisation", "IAEA chief Rafael Grossi said", "IAEA chief Rafael Grossi", "IGOUNOIAE"},
		{"army chief of a country", "Iran's army chief said", "Iran's army chief", "IRNMIL"},
		{"kurdish adjective", "Kurdish leaders met", "Kurdish", "KUR"},
		{"nationality + kurds", "thousands of Iraqi Kurds demonstrated", "Iraqi Kurds", "IRQKUR"},
		{"kurdistan workers party stays", "the Kurdistan Workers Party said", "Kurdistan Workers Party", "TURREB"},
		{"country spokesman", "an Israeli spokesman said", "Israeli spokesman", "ISRGOV"},
		{"country spokeswoman", "a Russian spokeswoman said", "Russian spokeswoman", "RUSGOV"},
		{"spokesmen plural", "Chinese spokesmen said", "Chinese spokesmen", "CHNGOV"},
		{"military spokesman stays", "a military spokesman said", "military spokesman", "MIL"},
		{"lieutenant governor", "the lieutenant governor said", "lieutenant governor", "GOV"},
		{"lieutenant stays military", "a lieutenant said", "lieutenant", "MIL"},
		{"senator abbreviated", "Massachusetts Sen. Elizabeth Warren grilled him", "Massachusetts Sen. Elizabeth Warren", "USALEG"},
		{"representative abbreviated", "said Rep. Adam Schiff, the top Democrat", "Rep. Adam Schiff", "LEG"},
		{"governor abbreviated", "Republican Indiana Gov. Eric Holcomb said", "Indiana Gov. Eric Holcomb", "USAGOV"},
		{"lieutenant governor abbreviated", "and Lt. Gov. Ralph Northam, who is running", "Lt. Gov. Ralph Northam", "GOV"},
		{"common word no group", "at Ground Zero on Sunday", "Zero", ""},
		{"common phrase no group", "The foundation is registered in the state.", "foundation", ""},
		{"group full name stays", "the Secret Organization Zero claimed it", "Secret Organization Zero", "USAREB"},
		{"region", "He went hiking in South America.", "South America", "SAM"},
		{"region adjective", "Latin American leaders met", "Latin American", "LAM"},
		{"region without code", "troops in Central America", "Central America", ""},
		{"europe adjective composes", "A European court convicted Turkey", "European court", "EURJUD"},
		{"europe", "Migrants reached Europe by sea.", "Europe", "EUR"},
		{"european union stays", "the European Union said", "the European Union", "IGOEUREEC"},
		{"islamic state without the", "Islamic State fighters attacked Kobani", "Islamic State fighters", "IMGMUSISI"},
		{"muslim brotherhood", "The Muslim Brotherhood called for protests", "Muslim Brotherhood", "EGYOPP"},
		{"houthis", "Yemen's Houthis fired missiles", "Houthis", "YEMREB"},
		{"ansar allah is the houthis", "Ansar Allah said", "Ansar Allah", "YEMREB"},
		{"hayat tahrir al-sham", "Hayat Tahrir al-Sham seized Aleppo", "Hayat Tahrir al-Sham", "SYRREB"},
		{"wagner", "the Wagner Group withdrew", "Wagner Group", "RUSMIL"},
		{"irgc", "the IRGC said", "IRGC", "IRNMIL"},
		{"qassam brigades", "the Qassam Brigades said", "Qassam Brigades", "PSEREBHMS"},
		{"african union", "the African Union said", "African Union", "IGOAFRAFU"},
		{"g7 one word", "the G7 said", "G7", "IGOBUSGOS"},
		{"downing street", "Downing Street said", "Downing Street", "GBRGOV"},
		{"elysee accented", "the Élysée said", "Élysée", "FRAGOV"},
		{"rapid support forces", "the Rapid Support Forces attacked", "Rapid Support Forces", "SDNREB"},
		{"eln", "talks with the ELN rebel group", "ELN rebel group", "COLREB"},
		{"m23", "Rebels from the M23 group seized the town", "M23", "CODREB"},
		{"international criminal court", "The International Criminal Court issued a warrant", "International Criminal Court", "IGOJUDICC"},
		{"gulf named for a country", "seized a tanker in the Gulf of Oman", "Gulf of Oman", ""},
		{"sea named for a country", "fired a missile into the Sea of Japan", "Sea of Japan", ""},
	})
}
