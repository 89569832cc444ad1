package petrtest

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"maps"
	"strings"
	"time"
)

// File is a parsed unit-test records file.
type File struct {
	Env     Environment
	Records []Record
}

// Environment is the <Environment> element: the dictionaries the records
// were coded with and the initial options.
type Environment struct {
	Verbfile, Actorfile, Agentfile, Discardfile, Errorfile string
	Include                                                []string // categories to run, e.g. "DEMO", "ACTOR"
	Config                                                 map[string]string
}

// Event is one expected event. Codes are as written: actor codes such as
// "ARN" or "DAGGOV", quoted new-actor text such as `"INJURY TOLL"` when the
// record tests new_actor_length, and a CAMEO (or WEIS, in the PETRARCH-1
// test dictionary) event code.
type Event struct {
	Source, Target, Code string
}

// Record is one <Sentence> with its expectations.
type Record struct {
	ID       string
	Date     string // YYYYMMDD as written
	Category string // "DEMO", "ACTOR", … (PETR.UnitTest.records.xml)
	Source   string // source attribute (the UniversalPetrarch copy)
	Sentence string // the "sentence" attribute, "true" in all records
	Text     string // the sentence, white space collapsed to single blanks
	Parse    string // the parse as written: Penn Treebank brackets or CoNLL-U
	Events   []Event
	NoEvents bool   // <EventCoding noevents="True">: coding must produce nothing
	Error    string // <EventCoding error="…">: the record must be rejected for this reason
	// Config holds the options in effect for this record: the Environment's
	// <Config> options overridden by the <Config> elements met so far in
	// <Sentences> (require_dyad, new_actor_length, comma_*), keys and values
	// as written.
	Config   map[string]string
	Comments []string // the record's <!-- --> comments, trimmed
	Line     int      // line of the <Sentence> tag
}

// Time parses Date.
func (r Record) Time() (time.Time, error) {
	return time.Parse("20060102", r.Date)
}

// IsCoNLLU reports whether Parse holds CoNLL-U lines rather than brackets.
func (r Record) IsCoNLLU() bool {
	s := strings.TrimSpace(r.Parse)
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// ReadRecords reads a PETRARCH unit-test records file. name is used in
// error messages.
func ReadRecords(name string, r io.Reader) (*File, error) {
	dec := xml.NewDecoder(r)
	f := &File{Env: Environment{Config: map[string]string{}}}
	config := map[string]string{}
	var (
		rec      *Record
		inEnv    bool
		inSents  bool
		textDest *string
		buf      strings.Builder
	)
	fail := func(format string, args ...any) error {
		line, _ := dec.InputPos()
		return fmt.Errorf("petrtest: %s:%d: %s", name, line, fmt.Sprintf(format, args...))
	}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("petrtest: %s: %w", name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			attr := func(k string) string {
				for _, a := range t.Attr {
					if a.Name.Local == k {
						return strings.TrimSpace(a.Value)
					}
				}
				return ""
			}
			switch t.Name.Local {
			case "Environment":
				inEnv = true
			case "Sentences":
				inSents = true
				maps.Copy(config, f.Env.Config)
			case "Config":
				opt := attr("option")
				if opt == "" {
					return nil, fail("<Config> without option")
				}
				if inEnv {
					f.Env.Config[opt] = attr("value")
				} else {
					config[opt] = attr("value")
				}
			case "Verbfile", "Actorfile", "Agentfile", "Discardfile", "Errorfile", "Include":
				if inEnv {
					buf.Reset()
					textDest = envField(&f.Env, t.Name.Local)
				}
			case "Sentence":
				if !inSents {
					return nil, fail("<Sentence> outside <Sentences>")
				}
				if rec != nil {
					return nil, fail("<Sentence> inside <Sentence> %s", rec.ID)
				}
				line, _ := dec.InputPos()
				rec = &Record{ID: attr("id"), Date: attr("date"), Category: attr("category"),
					Source: attr("source"), Sentence: attr("sentence"), Line: line,
					Config: maps.Clone(config)}
				if rec.ID == "" {
					return nil, fail("<Sentence> without id")
				}
			case "EventCoding":
				if rec == nil {
					return nil, fail("<EventCoding> outside <Sentence>")
				}
				switch {
				case attr("noevents") != "":
					rec.NoEvents = true
				case attr("error") != "":
					rec.Error = attr("error")
				default:
					ev := Event{Source: attr("sourcecode"), Target: attr("targetcode"), Code: attr("eventcode")}
					if ev.Source == "" || ev.Target == "" || ev.Code == "" {
						return nil, fail("record %s: <EventCoding> needs sourcecode, targetcode and eventcode, or noevents, or error", rec.ID)
					}
					rec.Events = append(rec.Events, ev)
				}
			case "Text", "Parse":
				if rec == nil {
					return nil, fail("<%s> outside <Sentence>", t.Name.Local)
				}
				buf.Reset()
				if t.Name.Local == "Text" {
					textDest = &rec.Text
				} else {
					textDest = &rec.Parse
				}
			}
		case xml.CharData:
			if textDest != nil {
				buf.Write(t)
			}
		case xml.Comment:
			if rec != nil {
				rec.Comments = append(rec.Comments, strings.TrimSpace(string(t)))
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "Environment":
				inEnv = false
			case "Sentences":
				inSents = false
			case "Text":
				if rec != nil {
					rec.Text = strings.Join(strings.Fields(buf.String()), " ")
				}
				textDest = nil
			case "Parse":
				if rec != nil {
					rec.Parse = strings.Trim(buf.String(), "\n\r ")
				}
				textDest = nil
			case "Verbfile", "Actorfile", "Agentfile", "Discardfile", "Errorfile", "Include":
				if textDest != nil {
					*textDest = strings.TrimSpace(buf.String())
					if t.Name.Local == "Include" {
						f.Env.Include = strings.Fields(*textDest)
					}
				}
				textDest = nil
			case "Sentence":
				if rec == nil {
					return nil, fail("</Sentence> without <Sentence>")
				}
				if rec.Text == "" {
					return nil, fail("record %s has no <Text>", rec.ID)
				}
				if len(rec.Events) > 0 && (rec.NoEvents || rec.Error != "") {
					return nil, fail("record %s expects events and none/an error", rec.ID)
				}
				f.Records = append(f.Records, *rec)
				rec = nil
			}
		}
	}
	if rec != nil {
		return nil, fail("record %s not closed", rec.ID)
	}
	return f, nil
}

// envField returns where the text of an <Environment> child goes.
func envField(e *Environment, name string) *string {
	var scratch string
	switch name {
	case "Verbfile":
		return &e.Verbfile
	case "Actorfile":
		return &e.Actorfile
	case "Agentfile":
		return &e.Agentfile
	case "Discardfile":
		return &e.Discardfile
	case "Errorfile":
		return &e.Errorfile
	}
	return &scratch // Include: split at the end element
}
