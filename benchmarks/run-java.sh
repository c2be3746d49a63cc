#!/usr/bin/env bash
# Runs a benchmark main class from src/test/java with the project's test class path:
#   benchmarks/run-java.sh id.warta.benchmark.SomeBenchmark [ARGS...]
# Builds first with `./mvnw package -DskipTests` (the managed node needs target/warta-analysis-plugin.zip
# and target/elasticsearch-9.2.8.zip), offline by default: MAVEN_OFFLINE=0 lets Maven download what is
# missing. BENCH_JAVA_OPTS are passed to the benchmark's JVM (default -Xmx2g).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 1 ]; then
  sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi

# A JDK 21+ for the build, the benchmark and the node (the machine's default java may be older).
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    if [ -x "$candidate/bin/java" ]; then export JAVA_HOME="$candidate"; break; fi
  done
fi
export JAVA_HOME="${JAVA_HOME:?no JDK 21+ found: set JAVA_HOME}"

offline=(-o)
if [ "${MAVEN_OFFLINE:-1}" = 0 ]; then offline=(); fi

./mvnw -B -q "${offline[@]}" package -DskipTests
./mvnw -B -q "${offline[@]}" dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/benchmark-classpath.txt >/dev/null

main="$1"
shift
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS holds several options
exec "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xmx2g} \
  -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" "$main" "$@"
