#!/usr/bin/env bash
# Ingest job vs raw bulk on the same node: benchmarks/ingest.sh ARCHIVE.jsonl.gz [--entities] [--rounds 3]
# Needs a build first: ./mvnw -B -q package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
classpath=$(./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx4g -cp "target/test-classes:target/classes:$classpath" id.warta.benchmark.IngestBenchmark "$@"
