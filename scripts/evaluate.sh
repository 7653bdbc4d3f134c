#!/usr/bin/env bash
# Scores the pipeline's own stage classes on public gold data and prints precision / recall / F1 tables:
#   scripts/evaluate.sh TASK [--data=DIR] [--json] [-v]
# --data scores any folder in the same format as the default under ../shared/corpora/ (CORPORA overrides that root);
# --json adds one JSON object with the headline metrics as the last line. README lists tasks and metric names.
set -euo pipefail
cd "$(dirname "$0")/.."
cp=$(scripts/test-classpath.sh)
exec java -Xss8m -Xmx3g -Dquotebeam.corpora="${CORPORA:-../shared/corpora}" -cp "$cp" dev.quotebeam.eval.Evaluate "$@"
