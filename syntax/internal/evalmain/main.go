// Command evalmain scores a syntax model on a gold-tokenised CoNLL-U file;
// it is a development helper equivalent to `entente eval syntax FILE`.
//
//	go run ./syntax/internal/evalmain [-model FILE] ../shared/data/ud/UD_English-EWT/en_ewt-ud-test.conllu
package main

import (
	"flag"
	"fmt"
	"os"

	"entente/syntax"
)

func main() {
	modelPath := flag.String("model", "", "model file (default: the embedded model)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: evalmain [-model FILE] FILE.conllu")
		os.Exit(2)
	}
	var (
		m   *syntax.Model
		err error
	)
	if *modelPath != "" {
		m, err = syntax.LoadFile(*modelPath)
	} else {
		m, err = syntax.LoadDefault()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "evalmain:", err)
		os.Exit(1)
	}
	f, err := os.Open(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "evalmain:", err)
		os.Exit(1)
	}
	defer f.Close()
	s, err := syntax.Evaluate(m, f)
	if err != nil {
		fmt.Fprintln(os.Stderr, "evalmain:", err)
		os.Exit(1)
	}
	fmt.Println(s)
}
