#!/usr/bin/env bash
# A real standalone Spark 3.5 cluster on localhost: one master and two workers (1 core, 1 GiB each), with Spark's
# jars assembled from Maven Central into $SPARK_HOME (default: ./spark-home). No tarball is downloaded.
#   scripts/spark-cluster.sh start | stop | status
# Master: spark://127.0.0.1:7077 (web UI :8080); workers' UIs :8081, :8082. Logs: $SPARK_HOME/logs/.
set -euo pipefail
cd "$(dirname "$0")/.."
export SPARK_HOME="${SPARK_HOME:-$PWD/spark-home}"
export SPARK_SCALA_VERSION=2.12
export SPARK_LOCAL_IP=127.0.0.1
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
MASTER_PORT="${SPARK_MASTER_PORT:-7077}"
UI_PORT="${SPARK_MASTER_WEBUI_PORT:-8080}"
WORKERS="${SPARK_WORKERS:-2}"
LOGS="$SPARK_HOME/logs"
RUN="$SPARK_HOME/run"

SPARK_JAVA_OPTS=(-XX:+IgnoreUnrecognizedVMOptions -Djdk.reflect.useDirectMethodHandle=false
  --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED)
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  SPARK_JAVA_OPTS+=(--add-opens=java.base/$p=ALL-UNNAMED)
done

assemble() {
  if [[ ! -f "$SPARK_HOME/jars/.complete" ]]; then
    echo "spark-cluster: assembling Spark jars into $SPARK_HOME/jars from Maven..." >&2
    mkdir -p "$SPARK_HOME/jars" "$SPARK_HOME/conf"
    mvn -q -B -f spark/pom.xml dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$SPARK_HOME/jars" >&2
    touch "$SPARK_HOME/jars/.complete"
  fi
  mkdir -p "$LOGS" "$RUN"
}

alive_workers() {
  curl -s "http://127.0.0.1:$UI_PORT/json/" 2>/dev/null | python3 -c '
import json,sys
try:
    d=json.load(sys.stdin)
except Exception:
    print(-1); sys.exit()
print(sum(1 for w in d.get("workers",[]) if w.get("state")=="ALIVE") if d.get("status")=="ALIVE" else -1)'
}

launch() { # name class args...
  local name=$1; shift
  nohup "$JAVA_HOME/bin/java" "${SPARK_JAVA_OPTS[@]}" -Xmx512m -cp "$SPARK_HOME/conf/:$SPARK_HOME/jars/*" "$@" \
    >"$LOGS/$name.log" 2>&1 &
  echo $! >"$RUN/$name.pid"
}

wait_for() { # count seconds
  for _ in $(seq 1 "$2"); do
    [[ "$(alive_workers)" -ge "$1" ]] && return 0
    sleep 1
  done
  echo "spark-cluster: not ready after $2 s; see $LOGS" >&2
  return 1
}

start() {
  assemble
  if [[ "$(alive_workers)" -ge 0 ]]; then
    echo "spark-cluster: already running"; status; return 0
  fi
  launch master org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$MASTER_PORT" --webui-port "$UI_PORT"
  wait_for 0 60
  for i in $(seq 1 "$WORKERS"); do
    mkdir -p "$SPARK_HOME/work/worker-$i"
    launch "worker-$i" org.apache.spark.deploy.worker.Worker "spark://127.0.0.1:$MASTER_PORT" --host 127.0.0.1 \
      --cores 1 --memory 2g --webui-port $((UI_PORT + i)) --work-dir "$SPARK_HOME/work/worker-$i"
  done
  wait_for "$WORKERS" 90
  status
}

stop() {
  for f in "$RUN"/*.pid; do
    [[ -f "$f" ]] || continue
    kill "$(cat "$f")" 2>/dev/null || true
    rm -f "$f"
  done
  echo "spark-cluster: stopped"
}

status() {
  local n; n=$(alive_workers)
  if [[ "$n" -lt 0 ]]; then echo "spark-cluster: not running"; return 1; fi
  echo "spark-cluster: master spark://127.0.0.1:$MASTER_PORT ALIVE with $n worker(s); UI http://127.0.0.1:$UI_PORT ; logs $LOGS"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
