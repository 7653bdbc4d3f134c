#!/usr/bin/env bash
# Runs the quotebeam job. With no arguments: pipelines/default.yaml over testdata/ on the DirectRunner into out/.
# Any Beam-style option (--input=GLOB --output=DIR --spec=FILE --formats=parquet,csv --runner=...) overrides the
# spec; --help lists them. Builds the project first when the sources are newer than the last build.
set -euo pipefail
cd "$(dirname "$0")/.."

JVM_FLAGS=(-Xss8m -Xmx${QUOTEBEAM_HEAP:-4g}
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED)

stamp=target/.run-build-stamp
if [[ ! -f "$stamp" || ! -f target/classpath.txt ]] \
   || [[ -n "$(find pom.xml src/main -newer "$stamp" -print -quit 2>/dev/null)" ]]; then
  echo "quotebeam: building (mvn compile)..." >&2
  mvn -q -B -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >&2
  touch "$stamp"
fi

if [[ $# -eq 0 ]]; then
  # The zero-argument demo run always refreshes out/.
  set -- --overwrite=true
fi
exec java "${JVM_FLAGS[@]}" -cp "target/classes:$(cat target/classpath.txt)" dev.quotebeam.QuotebeamPipeline "$@"
