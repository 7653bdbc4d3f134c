#!/usr/bin/env bash
# Prints the classpath of the compiled main + test classes and all test-scope dependencies, compiling first when
# the sources are newer. Used by evaluate.sh and benchmark.sh, whose scorers live in the test tree.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=target/.test-build-stamp
if [[ ! -f "$stamp" || ! -f target/test-classpath.txt ]] \
   || [[ -n "$(find pom.xml src -newer "$stamp" -print -quit 2>/dev/null)" ]]; then
  echo "quotebeam: building (mvn test-compile)..." >&2
  mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >&2
  touch "$stamp"
fi
echo "$PWD/target/test-classes:$PWD/target/classes:$(cat target/test-classpath.txt)"
