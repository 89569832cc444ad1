package petreval

import (
	"strconv"
	"strings"

	"entente/events"
)

// coderFor returns a copy of c set as a record's <Config> options ask
// (PETR_config.ini): require_dyad = False codes events with a null side
// (events.Coder.NullActors), new_actor_length = N lets noun phrases of at
// most N words without a dictionary actor be new actors
// (events.Coder.NewActorLength). Agents of no country are PETRARCH's anonymous
// agents ("---GOV") whatever the options.
//
// Unless pipeline is set, two readings of entente's that PETRARCH does not
// have are turned off, since the records test PETRARCH's: a future or
// promised action keeps its verb's code ("Ethiopia will break relations" is
// the dictionary's BREAK, not CAMEO's threat to break relations;
// events.Coder.NoIntentForm) and a pattern word matches the word as written,
// not its lemma ("* RESOLUTION" does not match "resolutions";
// verbdict.Options.ExactWords).
func coderFor(c *events.Coder, config map[string]string, pipeline bool) *events.Coder {
	cc := *c
	cc.AnonymousAgents = true
	cc.NoIntentForm = !pipeline
	cc.Options.ExactWords = !pipeline
	cc.NullActors = strings.EqualFold(config["require_dyad"], "false")
	cc.NewActorLength = 0
	if n, err := strconv.Atoi(strings.TrimSpace(config["new_actor_length"])); err == nil && n > 0 {
		cc.NewActorLength = n
	}
	return &cc
}
