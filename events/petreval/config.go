package petreval

import (
	"strings"

	"entente/events"
)

// coderFor returns a copy of c set as a record's <Config> options ask
// (PETR_config.ini): require_dyad = False codes events with a null side
// (events.Coder.NullActors). Agents of no country are PETRARCH's anonymous
// agents ("---GOV") whatever the options.
func coderFor(c *events.Coder, config map[string]string) *events.Coder {
	cc := *c
	cc.AnonymousAgents = true
	cc.NullActors = strings.EqualFold(config["require_dyad"], "false")
	return &cc
}
