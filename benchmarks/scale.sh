#!/usr/bin/env bash
# Scale benchmark (issue #9): archives of 25k, 100k and 250k articles made from the CLICK-ID articles; for each,
# ingest job vs raw bulk, index size and search p50/p99 on a managed node of its own (port 9390). Results in
# benchmarks/results/scale.md and scale.png. About 25 minutes on 2 cores for the default sizes and rounds.
#   benchmarks/scale.sh [CLICK_ID_FILE] [SIZES...] [--seed 9] [--rounds 3] [--entities] [--port 9390]
# Without CLICK_ID_FILE it uses the bundled 403-article sample (far less varied archives). Sizes as 25000 or 25k.
set -euo pipefail
case "${1:-}" in -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;; esac
# The job's final documents for the raw baseline are made in memory first (about 1 GB at 250k).
export BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx3g}"
exec "$(dirname "$0")/run-java.sh" id.warta.benchmark.ScaleBenchmark "$@"
