# entente — the two commands of the README:
#   go run ./cmd/entente demo    code and store the seed article, print a summary
#   make test                    install what the tests need and run them all

GO ?= go

.PHONY: test deps check fuzz bench build

## test: install test dependencies, check formatting and vet, run every test
test: deps check
	$(GO) test -count=1 ./...

## deps: install what the tests need that Go does not bring (Debian packages)
deps:
	@scripts/install-deps.sh

## check: gofmt and go vet
check:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed: $$unformatted"; exit 1; fi
	$(GO) vet ./...

## fuzz: run each fuzz target for FUZZTIME (default 30s)
FUZZTIME ?= 30s
fuzz:
	$(GO) test ./text -run '^$$' -fuzz '^FuzzAnalyze$$' -fuzztime $(FUZZTIME)
	$(GO) test ./text -run '^$$' -fuzz '^FuzzPairQuotes$$' -fuzztime $(FUZZTIME)
	$(GO) test ./article -run '^$$' -fuzz '^FuzzCleanText$$' -fuzztime $(FUZZTIME)
	$(GO) test ./source -run '^$$' -fuzz '^FuzzReadJSONLines$$' -fuzztime $(FUZZTIME)
	$(GO) test ./syntax -run '^$$' -fuzz '^FuzzReadCoNLLU$$' -fuzztime $(FUZZTIME)
	$(GO) test ./syntax/tree -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME)
	for t in FuzzParseActors FuzzParseAgents FuzzParseDiscards FuzzParseIssues FuzzParseCountryInfo FuzzParseDate; do \
		$(GO) test ./actors/dict -run '^$$' -fuzz "^$$t\$$" -fuzztime $(FUZZTIME) || exit 1; done
	$(GO) test ./events/cameo -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME)
	$(GO) test ./events/verbdict -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME)
	$(GO) test ./events/verbdict -run '^$$' -fuzz '^FuzzMatch$$' -fuzztime $(FUZZTIME)
	$(GO) test ./quotes -run '^$$' -fuzz '^FuzzExtract$$' -fuzztime $(FUZZTIME)
	$(GO) test ./events -run '^$$' -fuzz '^FuzzCode$$' -fuzztime $(FUZZTIME)
	$(GO) test ./stories -run '^$$' -fuzz '^FuzzParseDay$$' -fuzztime $(FUZZTIME)
	$(GO) test ./stories -run '^$$' -fuzz '^FuzzLink$$' -fuzztime $(FUZZTIME)

## bench: Go benchmarks of the hot paths
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./article ./text ./syntax ./actors ./actors/coref ./quotes ./events/cameo ./events/verbdict ./events ./stories

build:
	$(GO) build -o bin/entente ./cmd/entente
