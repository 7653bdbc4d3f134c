#!/usr/bin/env bash
# Submits the job to the standalone cluster of scripts/spark-cluster.sh (or to SPARK_MASTER) with spark-submit's
# own class, from $SPARK_HOME's jars. Takes the same options as scripts/run.sh (--input, --output, --spec, ...).
# Builds target/quotebeam-bundled.jar (mvn -Pspark-runner package) when the sources are newer.
set -euo pipefail
cd "$(dirname "$0")/.."
export SPARK_HOME="${SPARK_HOME:-$PWD/spark-home}"
export SPARK_SCALA_VERSION=2.12
export SPARK_LOCAL_IP=127.0.0.1
MASTER="${SPARK_MASTER:-spark://127.0.0.1:7077}"
JAR=target/quotebeam-bundled.jar

if [[ ! -f "$JAR" ]] || [[ -n "$(find pom.xml src/main -newer "$JAR" -print -quit)" ]]; then
  echo "spark-submit: building $JAR (mvn -Pspark-runner package)..." >&2
  mvn -q -B -Pspark-runner -DskipTests package >&2
fi
[[ -d "$SPARK_HOME/jars" ]] || { echo "spark-submit: no $SPARK_HOME/jars; run scripts/spark-cluster.sh start first" >&2; exit 2; }

# In client mode this JVM is the driver: its heap is QUOTEBEAM_DRIVER_HEAP (the job collects nothing to it).
# Executors get QUOTEBEAM_EXECUTOR_MEMORY (default 1536m; the script's workers offer 2g each): Beam caches every
# collection read twice, and at 100k articles 768m executors ran out of heap (cached blocks and the job's own
# per-bucket groups and shard sorts share it).
JAVA_OPTS=(-XX:+IgnoreUnrecognizedVMOptions -Djdk.reflect.useDirectMethodHandle=false -Xss8m -Xmx${QUOTEBEAM_DRIVER_HEAP:-1g}
  --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED)
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  JAVA_OPTS+=(--add-opens=java.base/$p=ALL-UNNAMED)
done
if [[ $# -eq 0 ]]; then set -- --overwrite=true; fi
exec java "${JAVA_OPTS[@]}" -cp "$SPARK_HOME/conf/:$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit \
  --master "$MASTER" --deploy-mode client \
  --conf spark.executor.memory="${QUOTEBEAM_EXECUTOR_MEMORY:-1536m}" \
  --conf "spark.executor.extraJavaOptions=-Xss8m --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED" \
  --class dev.quotebeam.QuotebeamPipeline "$JAR" \
  --runner=SparkRunner --sparkMaster="$MASTER" --filesToStage="$JAR" "$@"
