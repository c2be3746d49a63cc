#!/usr/bin/env bash
# The analyzers alone, in one JVM without Elasticsearch: CPU ns per token of standard + lowercase,
# + Indonesian stop words, and indonesian_news over the same articles. About a minute.
#   benchmarks/analyzer-throughput.sh ARTICLES.jsonl.gz [--passes N]
# Profile it with BENCH_JAVA_OPTS='-Xmx2g -XX:StartFlightRecording=filename=analysis.jfr,settings=profile'.
set -euo pipefail
if [ $# -lt 1 ]; then
  sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
exec "$(dirname "$0")/run-java.sh" id.warta.benchmark.AnalyzerThroughputBenchmark "$@"
