#!/usr/bin/env bash
# Fault check for the standalone cluster: runs the job on the cluster, kills one worker (SIGKILL) while the job is
# running, and checks that the tables are identical (as sorted rows) to a DirectRunner run of the same input.
#   scripts/spark-kill-worker-check.sh [INPUT_GLOB] [SECONDS_BEFORE_KILL]
# Starts the cluster when it is not running and stops it at the end. Exit 0 when the outputs agree.
set -euo pipefail
cd "$(dirname "$0")/.."
INPUT="${1:-testdata/articles/**}"
DELAY="${2:-25}"
WORK=$(mktemp -d)
trap 'scripts/spark-cluster.sh stop >/dev/null 2>&1 || true' EXIT

scripts/run.sh --input="$INPUT" --output="$WORK/direct" --progressSeconds=0 >/dev/null
scripts/spark-cluster.sh start
scripts/spark-submit.sh --input="$INPUT" --output="$WORK/cluster" --progressSeconds=0 >"$WORK/submit.log" 2>&1 &
SUBMIT=$!
sleep "$DELAY"
VICTIM=$(cat "${SPARK_HOME:-spark-home}/run/worker-2.pid")
echo "kill-worker-check: killing worker-2 (pid $VICTIM) ${DELAY}s into the job"
kill -9 "$VICTIM" 2>/dev/null || echo "kill-worker-check: worker-2 was already gone"
if ! wait "$SUBMIT"; then
  echo "kill-worker-check: FAILED: the cluster run did not finish; see $WORK/submit.log" >&2
  exit 1
fi
status=0
for table in articles statements statement_stances actors actor_stance stance_changes rejects; do
  if cmp -s <(tail -q -n +2 "$WORK/direct/$table"/*.csv | sort) <(tail -q -n +2 "$WORK/cluster/$table"/*.csv | sort); then
    echo "kill-worker-check: $table identical"
  else
    echo "kill-worker-check: $table DIFFERS" >&2
    status=1
  fi
done
[[ $status -eq 0 ]] && echo "kill-worker-check: OK, output identical after losing a worker" && rm -rf "$WORK"
exit $status
