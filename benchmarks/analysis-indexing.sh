#!/usr/bin/env bash
# Bulk indexing speed of the analysis plugin (issue #2): lowercase-only vs indonesian_news on the same
# managed node (port 9290), results in benchmarks/results/analysis-indexing.md. Takes a few minutes.
#   benchmarks/analysis-indexing.sh ARTICLES.jsonl.gz [--rounds N] [--interleaved N] [--warmup N] [--batch N]
#                                   [--port N] [--out FILE] [--keep-node]
set -euo pipefail
if [ $# -lt 1 ]; then
  sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
exec "$(dirname "$0")/run-java.sh" id.warta.benchmark.AnalysisIndexingBenchmark "$@"
