package article

import "testing"

func TestClassifyLine(t *testing.T) {
	tests := []struct {
		line string
		want lineKind
	}{
		{"fbpx", junkLine},
		{"ADVERTISEMENT", junkLine},
		{"Advertisement - Scroll to continue", junkLine},
		{"Share this article", junkLine},
		{"Facebook Twitter Email", junkLine},
		{"We use cookies to improve your experience.", junkLine},
		{"Photo: Reuters/John Doe", junkLine},
		{"© 2023 Jewish Insider. All rights reserved.", junkLine},
		{"!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?", junkLine},
		{"Subscribe now to", promoLine},
		{"Sign up for our daily newsletter", promoLine},
		{"The politics and business news you need to stay up to date, delivered each morning in a must-read newsletter.", promoLine},
		{"By Jane Doe", bylineLine},
		{"By Jane Doe and John Smith, Reuters", bylineLine},
		{"The newsletter reported that the minister resigned.", bodyLine},
		{"By the end of the week, Russia had vetoed the resolution.", bodyLine},
		{"Not so Russia and China.", bodyLine},
		{"Israel learns the hard way that Russia, China are not its friends", bodyLine},
		{"Share prices fell sharply in Moscow on Monday after the announcement.", bodyLine},
	}
	for _, tt := range tests {
		if got := classifyLine(tt.line); got != tt.want {
			t.Errorf("classifyLine(%q) = %d, want %d", tt.line, got, tt.want)
		}
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"joins wrapped lines and drops furniture",
			"fbpx\n\nTitle here\n\nFirst line\nwrapped.\n\nShare this article\n\nSecond paragraph.",
			"Title here\n\nFirst line wrapped.\n\nSecond paragraph."},
		{"promo block with its continuation",
			"Body one.\n\nBody two.\n\nBody three.\n\nSubscribe now to\nthe Daily Kickoff\n\nThe news you need, delivered each morning in a must-read newsletter.",
			"Body one.\n\nBody two.\n\nBody three."},
		{"white space and CRLF", "  A\u00a0 line  \r\n\r\n\tB\u200b line ", "A line\n\nB line"},
		{"byline lifted", "Headline\n\nBy Jane Doe\n\nText.", "Headline\n\nText."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CleanText(tt.in); got != tt.want {
				t.Errorf("CleanText = %q, want %q", got, tt.want)
			}
		})
	}
}
