#!/usr/bin/env bash
# Speed and memory: scripts/benchmark.sh cleaning|extract|stages [--seconds=N] (stage cores on real pages), or
# scripts/benchmark.sh scale [--sizes=10000,100000] [--cluster] (the whole job on generated corpora).
# [--corpora=DIR]. Prints items/s, ms/item and the JVM's peak RSS; see README "Speed" for the latest numbers.
set -euo pipefail
cd "$(dirname "$0")/.."
cp=$(scripts/test-classpath.sh)
if [[ "${1:-}" == "scale" ]]; then
  # The whole job at 10k (and optionally 100k) generated articles on DirectRunner, Spark local[1], local[2]
  # (and the standalone cluster with --cluster): articles/s, startup overhead and driver peak RSS.
  exec java -Xmx1g -cp "$cp" dev.quotebeam.bench.ScaleBenchmark "${@:2}"
fi
exec java -Xss8m -Xmx2g -cp "$cp" dev.quotebeam.bench.Benchmark "${1:-stages}" --corpora="${CORPORA:-../shared/corpora}" "${@:2}"
