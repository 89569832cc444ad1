package verbdict

import (
	"strings"
	"testing"
)

// smallDict exercises every construct of the format.
const smallDict = `# test dictionary
####### SYNONYM SETS #######
&CURRENCY
# a comment line does not end the synset
+DOLLAR
+CASH_
+PRIME_RATE

&AUXVERB_
+WAS
+WERE

&MONEYISH
+&CURRENCY
+GOLD

<!-- a comment
spanning lines -->
####### VERB PATTERNS #######
--- ASK [020] ---
ASK
+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [021]
PLEAD {PLEADS PLEADED PLED PLEADING}
INQUIRE [---] ; legacy comment
- * (FOR {FINANCIAL AID}) [0231]  # ASK
- * &CURRENCY [0231]
- * AID [023]
- $ * (AS &CURRENCY) (WITH +) [045]
- WILL NOT * [120]
- * OFF_ROW [110:110]
- * (BEFORE COURT) [:173]
- % * [030:030]
- * ^ TO + [042:043]

--- WIRE [---] ---
WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED WIRE_+TAPPING}

--- NOCODE ---
PONDER

--- ATTACK [190] ---
ATTACK

~ a (a b ATTACK) ASK = a b 015
~ a (b . Q) ASK = a b Q
`

func parseSmall(t *testing.T) *Dictionary {
	t.Helper()
	d, err := Parse("small.txt", strings.NewReader(smallDict))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return d
}
