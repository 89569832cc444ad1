// Command entente turns news articles into political event data: who said what,
// who did what to whom, and who stands with whom.
//
// Run "entente help" for the commands and "entente COMMAND --help" for each.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

// env is what a command may touch: its streams and logger. Commands get it
// explicitly so that tests can run them in-process.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	log    *slog.Logger
	// isTerminal reports whether stderr is an interactive terminal.
	isTerminal bool
}

// command is one subcommand.
type command struct {
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

func commands() map[string]command {
	return map[string]command{
		"code":   {"code articles and write JSON Lines records to stdout", runCode},
		"ingest": {"code articles and store them in the database", runIngest},
		"eval":   {"score the output against gold annotations", runEval},
		"bench":  {"measure throughput and memory on a corpus", runBench},
		"demo":   {"code and store the bundled seed article and print a summary", runDemo},
		"train":  {"train a model (syntax) from a treebank", runTrain},
	}
}

// Exit codes.
const (
	exitOK      = 0
	exitFailed  = 1 // the run failed as a whole
	exitUsage   = 2 // bad command line
	exitPartial = 3 // some inputs failed, the rest were processed
)

// usageError is a command-line mistake.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// partialError reports inputs that failed while others succeeded.
type partialError struct{ failed, total int }

func (e partialError) Error() string {
	return fmt.Sprintf("%d of %d inputs failed (see the messages above)", e.failed, e.total)
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, stderrIsTerminal())
	stop()
	os.Exit(code)
}

// run executes one command line and returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, terminal bool) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, isTerminal: terminal,
		log: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: logLevel()}))}
	cmds := commands()
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		printUsage(stdout, cmds)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	cmd, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "entente: unknown command %q\n\n", args[0])
		printUsage(stderr, cmds)
		return exitUsage
	}
	err := cmd.run(ctx, e, args[1:])
	var ue usageError
	var pe partialError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "entente %s: %v\n", args[0], err)
		return exitUsage
	case errors.Is(err, errHelp):
		return exitOK
	case errors.As(err, &pe):
		fmt.Fprintf(stderr, "entente %s: %v\n", args[0], err)
		return exitPartial
	default:
		fmt.Fprintf(stderr, "entente %s: %v\n", args[0], err)
		return exitFailed
	}
}

func printUsage(w io.Writer, cmds map[string]command) {
	fmt.Fprintln(w, "entente turns news articles into political event data.")
	fmt.Fprintln(w, "\nUsage: entente COMMAND [flags] [args]\n\nCommands:")
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'entente COMMAND --help' for a command's flags.")
	fmt.Fprintln(w, "Exit codes: 0 ok, 1 failed, 2 usage error, 3 some inputs failed.")
	fmt.Fprintln(w, "Set ENTENTE_LOG=debug for more messages.")
}

func logLevel() slog.Level {
	switch os.Getenv("ENTENTE_LOG") {
	case "debug":
		return slog.LevelDebug
	case "warn":
		return slog.LevelWarn
	case "error":
		return slog.LevelError
	}
	return slog.LevelInfo
}

func stderrIsTerminal() bool {
	fi, err := os.Stderr.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
