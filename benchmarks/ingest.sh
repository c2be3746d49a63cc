#!/usr/bin/env bash
# Ingest job vs raw bulk on the same node (issue #3):
#   benchmarks/ingest.sh ARTICLES.jsonl.gz [--entities] [--rounds 3] [--passes 3]
exec "$(dirname "$0")/run-java.sh" id.warta.benchmark.IngestBenchmark "$@"
