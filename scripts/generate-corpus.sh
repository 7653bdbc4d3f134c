#!/usr/bin/env bash
# Writes a synthetic corpus of N HTML news articles with planted, recorded stance changes into OUT:
#   scripts/generate-corpus.sh N OUT [--seed=42]
# OUT/articles/**.html, OUT/spec.yaml, OUT/truth.jsonl (planted changes), OUT/corpus.json (sizes). Same N and
# seed give byte-identical files. Run the job on it with
#   scripts/run.sh --input=OUT/articles/** --spec=OUT/spec.yaml --output=DIR --overwrite=true
# and score it with scripts/evaluate.sh changes --data=OUT.
set -euo pipefail
cd "$(dirname "$0")/.."
cp=$(scripts/test-classpath.sh)
exec java -Xmx1g -cp "$cp" dev.quotebeam.bench.CorpusGenerator "$@"
