package article

import (
	"regexp"
	"strings"
)

// lineKind classifies one line of an article.
type lineKind int

const (
	bodyLine   lineKind = iota
	junkLine            // tracking names, share bars, cookie notices, ads: always dropped
	promoLine           // newsletter and subscription promos: dropped with their block
	bylineLine          // "By Jane Doe": kept as the byline, dropped from the body
)

// trackerNames are identifiers of tracking pixels and ad scripts that scrapers leave
// behind as lone words.
var trackerNames = map[string]bool{
	"fbpx": true, "gtm": true, "gtag": true, "ga": true, "_gaq": true, "pixel": true,
	"noscript": true, "adsbygoogle": true, "googletag": true, "chartbeat": true,
	"comscore": true, "quantserve": true, "hotjar": true, "taboola": true,
	"outbrain": true, "doubleclick": true, "amp-pixel": true, "amp-analytics": true,
}

var (
	// junkPatterns match a whole line that is page furniture, not prose.
	junkPatterns = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
		`advertisement`, `advertisements?\s*-?\s*scroll to continue.*`, `sponsored( content)?`,
		`(?:share|tweet|email|print|copy link|pin it|whatsapp|facebook|twitter|linkedin|reddit|x)(?:\s*[|·•,/]?\s*(?:share|tweet|email|print|copy link|whatsapp|facebook|twitter|linkedin|reddit|x))*`,
		`share (?:this|on|via)\b.{0,60}`, `(?:click|tap) here\b.{0,80}`,
		`(?:read|see) (?:more|also|next)\b:?.{0,100}`, `related(?: articles?| stories| coverage)?:.{0,150}`,
		`follow us on\b.{0,80}`, `(?:we|this (?:site|website)) uses? cookies\b.*`,
		`(?:accept|reject|manage) (?:all )?cookies.*`, `cookie (?:policy|settings|preferences).*`,
		`(?:photo|image|video|graphic)(?: credit)?s?:.{0,200}`, `\(?(?:ap|afp|reuters|getty images?) photo\b.{0,200}`,
		`(?:©|copyright\s+(?:©\s*)?\d{4}).{0,200}`, `all rights reserved\.?`,
		`(?:updated|published|last updated):?\s.{0,60}\d{1,2}:\d{2}.{0,20}`,
		`skip to (?:main )?content`, `log ?in|sign ?in|register`, `comments?\s*\(?\d*\)?`,
	}, "|") + `)\s*$`)

	// promoStart matches the first line of a newsletter or subscription promo.
	promoStart = regexp.MustCompile(`(?i)^(?:subscribe\b|sign up\b|get (?:our|the)\b.{0,40}\bnewsletter|join (?:our|the)\b.{0,40}\b(?:newsletter|mailing list)|(?:want|like) (?:more|to get)\b.{0,60}\b(?:inbox|newsletter)|don'?t miss\b|never miss\b|enter your e-?mail)`)

	// promoContext marks a line that mentions a newsletter as promotional:
	// "delivered each morning in a must-read newsletter".
	promoContext = regexp.MustCompile(`(?i)\b(?:subscribe|sign up|deliver(?:ed|s)?|each (?:morning|day|week)|every (?:morning|day|week)|must-read|daily|weekly|free|e-?mail address|stay up to date)\b`)

	bylinePattern = regexp.MustCompile(`^(?:By|BY|by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|al|bin))*(?:\s*[,|]\s*.{0,60})?$`)
)

// codeMarkers are fragments of script printed as text.
var codeMarkers = []string{"function(", "function (", "});", "window.", "document.", "<script", "<img ", "_gaq.push", "fbq(", "var "}

// looksLikeCode reports whether a line holds script: two code markers, or one
// together with a semicolon or brace.
func looksLikeCode(line string) bool {
	n := 0
	for _, m := range codeMarkers {
		if strings.Contains(line, m) {
			n++
		}
	}
	return n >= 2 || n == 1 && strings.ContainsAny(line, ";{}")
}

// junkFirstWords and promoFirstWords gate the anchored patterns: a line whose
// first word is in neither set cannot match them, and most lines are prose.
var (
	junkFirstWords = setOf("advertisement", "advertisements", "sponsored", "share", "tweet", "email",
		"print", "copy", "pin", "whatsapp", "facebook", "twitter", "linkedin", "reddit", "x", "click",
		"tap", "read", "see", "related", "follow", "we", "this", "accept", "reject", "manage", "cookie",
		"photo", "photos", "image", "images", "video", "videos", "graphic", "graphics", "ap", "afp",
		"reuters", "getty", "©", "copyright", "all", "updated", "published", "last", "skip", "log",
		"login", "sign", "signin", "register", "comment", "comments")
	promoFirstWords = setOf("subscribe", "sign", "get", "join", "want", "like", "don", "dont", "never", "enter")
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// firstWord returns the first word of a line in lower case (ASCII letters only),
// after an opening parenthesis; "©" for a line starting with the copyright sign.
func firstWord(line string) string {
	line = strings.TrimLeft(line, "( ")
	if strings.HasPrefix(line, "©") {
		return "©"
	}
	var buf [16]byte
	n := 0
	for i := 0; i < len(line) && n < len(buf); i++ {
		c := line[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c < 'a' || c > 'z' {
			break
		}
		buf[n] = c
		n++
	}
	return string(buf[:n])
}

// hasPromoWord reports, without a regular expression, whether a line mentions a
// newsletter, an inbox or a mailing list.
func hasPromoWord(line string) bool {
	l := strings.ToLower(line)
	return strings.Contains(l, "newsletter") || strings.Contains(l, "inbox") || strings.Contains(l, "mailing list")
}

// maxFurnitureLen is the longest line the furniture rules look at: longer lines are
// prose, whatever words they contain.
const maxFurnitureLen = 220

// classifyLine tells what a trimmed, non-empty line is.
func classifyLine(line string) lineKind {
	if len(line) > maxFurnitureLen {
		if looksLikeCode(line) && strings.Count(line, ";") > 2 {
			return junkLine
		}
		return bodyLine
	}
	if len(line) <= 20 && trackerNames[strings.ToLower(strings.Trim(line, " .;:|"))] {
		return junkLine
	}
	first := firstWord(line)
	if looksLikeCode(line) || junkFirstWords[first] && junkPatterns.MatchString(line) {
		return junkLine
	}
	if promoFirstWords[first] && promoStart.MatchString(line) ||
		hasPromoWord(line) && promoContext.MatchString(line) {
		return promoLine
	}
	if first == "by" && bylinePattern.MatchString(line) && len(strings.Fields(line)) <= 12 {
		return bylineLine
	}
	return bodyLine
}
