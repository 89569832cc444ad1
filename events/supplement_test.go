package events

import (
	"slices"
	"testing"
)

// TestSupplementEntries codes one sentence per entry of the supplement to
// CAMEO.2.0.txt (verbdict/data/entente/supplement.txt) with the whole
// pipeline: "SRC>TGT:code", country parts only.
func TestSupplementEntries(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"Egypt and Sudan renewed negotiations on the Nile dam on Monday.", "EGY>SDN:046"},
		{"Greece renewed its appeal to Turkey for calm in the Aegean.", "GRC>TUR:020"},
		{"Vietnam and Cambodia upgraded their diplomatic ties on Friday.", "VNM>KHM:050"},
		{"Iran rejected a British ultimatum on Tuesday.", "IRN>GBR:120"},
		{"Kuwait rejected the demands of Iraq on Sunday.", "KWT>IRQ:120"},
		{"Israel extended the curfew in the West Bank.", "ISR>PSE:1723"},
		{"The Kenyan government tightened its blockade of Somalia.", "KEN>SOM:191"},
		{"India eased emergency measures in Nepal.", "IND>NPL:0814"},
		{"Turkey strengthened its forces in Syria on Sunday.", "TUR>SYR:154"},
		{"Ethiopian troops retook the town from Eritrea.", "ETH>ERI:192"},
		{"Qatar ended its mediation between Israel and Hamas.", "QAT>ISR:165"},
		{"Ghana halted negotiations with Togo.", "GHA>TGO:164"},
		{"Colombia suspended diplomatic relations with Israel.", "COL>ISR:161"},
		{"Turkey downgraded its relations with Israel.", "TUR>ISR:160"},
		{"Bolivia broke off diplomatic relations with Israel.", "BOL>ISR:161"},
		{"Serbian police beat up Albanian protesters in Belgrade.", "SRB>ALB:182"},
		{"Russia sent arms to Syria last year.", "RUS>SYR:072"},
		{"Egyptian soldiers arrested ten Libyans near the border.", "EGY>LBY:173"},
		{"Syrian rebels blew up a pipeline in Iraq on Sunday.", "SYR>IRQ:1712"},
		{"Japan lifted sanctions on India on Friday.", "JPN>IND:085"},
		{"Iraq expelled UN weapons inspectors on Monday.", "IRQ>IGO:1662"},
		{"Rebels in Chad killed the police chief of Sudan's border town on Monday.", "TCD>SDN:186"},
		{"Kurdish rebels wounded three Turkish soldiers in a bomb attack on Monday.", "KUR>TUR:183"},
		{"Kurdish rebels killed four Turkish soldiers in a car bomb attack.", "KUR>TUR:1832"},
		{"Israeli aircraft killed two Lebanese fighters on Monday.", "ISR>LBN:195"},
		{"Serbian troops engaged in mass killings in Bosnia.", "SRB>BIH:202"},
		{"Egypt announced a suspension of flights to Libya on Sunday.", "EGY>LBY:160"},
		{"Egypt and Greece held naval exercises in the Mediterranean on Monday.", "EGY>GRC:062"},
		{"Russia launched joint naval drills with China on Monday.", "RUS>CHN:062"},
		{"Israeli and Syrian negotiators returned to Washington for talks on Monday.", "SYR>ISR:046"},
		{"Iraqi teachers shunned work on Monday to protest at American raids.", "IRQ>USA:143"},
		{"Greek students boycotted classes to protest Turkey's policy.", "GRC>TUR:143"},
		{"Qatar is suing Saudi Arabia for damages.", "QAT>SAU:115"},
		{"The United States cut food aid to North Korea.", "USA>PRK:1623"},
		{"Serbian troops forced out thousands of Albanian villagers from Kosovo.", "SRB>ALB:201"},
		{"Germany sent tanks to Ukraine.", "DEU>UKR:072"},
		{"Hungary broke with the EU over sanctions on Russia.", "HUN>IGO:110"},
		{"India recognized the Taliban government.", "IND>AFG:054"},
		{"Putin and Netanyahu spoke by phone on Tuesday.", "RUS>ISR:041"},
		{"Erdogan held a phone call with Putin.", "TUR>RUS:041"},
		{"Blinken traveled to Israel.", "USA>ISR:042"},
		{"Modi arrived in Moscow on a two-day visit.", "IND>RUS:042"},
		{"Kim Jong Un received Putin in Pyongyang.", "PRK>RUS:043"},
		{"Israel carried out airstrikes on Syria.", "ISR>SYR:195"},
		{"The United States stands with Israel.", "USA>ISR:051"},
		{"Russia rejected Ukraine's peace plan.", "RUS>UKR:127"},
		{"Russia massed troops near the Ukrainian border.", "RUS>UKR:154"},
		{"China imposed tariffs on American goods.", "CHN>USA:163"},
		{"Russia and Ukraine exchanged prisoners.", "RUS>UKR:0841"},
		{"The ICJ ordered Israel to prevent genocide in Gaza.", "IGO>ISR:100"},
		{"Russia opposes the EU sanctions.", "RUS>IGO:110"},
		{"Russia said NATO threatened Russia.", "RUS>IGO:112"},
		{"China held military drills around Taiwan.", "CHN>TWN:150"},
		{"Azerbaijan ordered all ethnic Armenians to leave Baku.", "AZE>ARM:174"},
		{"Russia exchanged prisoners with Ukraine.", "UKR>RUS:0841"},
		{"Beijing retaliated against Washington with tariffs.", "CHN>USA:163"},
		{"Israel and the UAE established diplomatic relations.", "ISR>ARE:054"},
		{"China sent warships near Taiwan.", "CHN>TWN:150"},
		{"Iran expressed support for Hamas.", "IRN>PSE:051"},
		{"Israel launched strikes against Hezbollah.", "ISR>LBN:190"},
		{"The EU targeted Russia with new sanctions.", "IGO>RUS:163"},
		{"Turkey shot down a Russian warplane.", "TUR>RUS:190"},
		{"Spain recognized Palestine as a state.", "ESP>PSE:054"},
		{"Russia recognized the independence of Abkhazia.", "RUS>GEO:054"},
		{"Brazil broke diplomatic relations with Argentina.", "BRA>ARG:161"},
		{"Iran supplied drones to Russia.", "IRN>RUS:072"},
		{"Germany delivered air defense systems to Ukraine.", "DEU>UKR:072"},
		{"The United States sent Ukraine cluster munitions.", "USA>UKR:072"},
		{"Iran issued a formal complaint to the United Nations.", "IRN>IGO:114"},
		{"Afghanistan has been sharing expertise with Pakistan.", "AFG>PAK:060"},
		{"Jordan shared intelligence with Israel.", "JOR>ISR:064"},
		{"A Russian court convicted Ukraine's navy commander of illegal crossing.", "RUS>UKR:116"},
		{"Swiss doctors handed over medicine to Iran.", "CHE>IRN:073"},
		{"The EU agreed a new package of sanctions against Russia.", "IGO>RUS:163"},
		{"Iran and the US agreed on sanctions relief.", "IRN>USA:050"},
		{"Hamas handed over Israeli hostages to the Red Cross.", "PSE>ISR:0841"},
		{"Turkey imposed a state of emergency on Syria's border towns.", "TUR>SYR:1724"},
		{"France issued a stern reminder to Iraq that it must cooperate.", "FRA>IRQ:100"},
		{"North Korea supplied artillery shells to Russia.", "PRK>RUS:072"},
	}
	for _, tc := range tests {
		evs, _ := codeText(t, tc.text, "2010-01-01")
		var got []string
		for _, e := range evs {
			got = append(got, triple(e))
		}
		if !slices.Contains(got, tc.want) {
			t.Errorf("%q: want %s, got %v", tc.text, tc.want, got)
		}
	}
}
