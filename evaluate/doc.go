// Package evaluate scores entente's output against gold annotations, following the
// shared EVALUATION.md rules. Each check returns a report whose String method ends
// with one machine-readable line.
package evaluate
