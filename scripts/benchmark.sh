#!/usr/bin/env bash
# Speed and memory of the stage cores on real pages: scripts/benchmark.sh cleaning|extract|stages [--seconds=N]
# [--corpora=DIR]. Prints items/s, ms/item and the JVM's peak RSS; see README "Speed" for the latest numbers.
set -euo pipefail
cd "$(dirname "$0")/.."
cp=$(scripts/test-classpath.sh)
exec java -Xss8m -Xmx2g -cp "$cp" dev.quotebeam.bench.Benchmark "${1:-stages}" --corpora="${CORPORA:-../shared/corpora}" "${@:2}"
