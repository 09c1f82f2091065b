#!/usr/bin/env bash
# Benchmarks GET /api/v2/quote/{symbol} with wrk against the built jar and the simulated feed.
#
#   scripts/bench-quote.sh [DURATION_SECONDS]     (default 15)
#
# Starts bootstrap/target/portico.jar (scripts/bench-config.yml, limits raised, see bench-lib.sh),
# logs in, then runs wrk -t1 -c64 for DURATION s over every symbol of the tracked list round-robin
# (a warm cache: quoteFeed.cacheTtl is 2 s, so almost every request is a cache hit), and prints
# requests/s and p50/p90/p99. Then one hot symbol for DURATION s, and the upstream calls the cache
# let through, read from the admin metrics (gauge quote.feed.upstream.calls), per 1,000 requests.
# Needs java, curl, python3 and wrk (apt-get install -y wrk). Build first: mvn -q -DskipTests package
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BENCH_NAME=bench-quote
# shellcheck source=scripts/bench-lib.sh
source scripts/bench-lib.sh

DURATION="${1:-15}"
[[ "$DURATION" =~ ^[0-9]+$ ]] || { echo "usage: $0 [DURATION_SECONDS]" >&2; exit 2; }
bench_require
bench_start
bench_login

SYMBOLS=(AAPL MSFT GOOGL AMZN NVDA META TSLA BRK.B JPM CSCO V MA JNJ PG KO PEP XOM CVX WMT DIS NFLX INTC AMD ORCL IBM)
{
  echo "local symbols = {"
  for s in "${SYMBOLS[@]}"; do echo "  \"$s\","; done
  echo "}"
  cat <<LUA
local headers = { ["Authorization"] = "Bearer $ACCESS" }
local i = 0
request = function()
  i = i % #symbols + 1
  return wrk.format("GET", "/api/v2/quote/" .. symbols[i], headers)
end
LUA
} >"$WORK/quotes.lua"
cat >"$WORK/hot.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $ACCESS"
LUA

upstream_calls() {
  curl -sf "http://127.0.0.1:$ADMIN_PORT/metrics" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["gauges"]["quote.feed.upstream.calls"]["value"])'
}
summary() { echo "   $(wrk_rps "$1") req/s; p50/p90/p99 $(wrk_pct "$1" 50) / $(wrk_pct "$1" 90) / $(wrk_pct "$1" 99); $(wrk_completed "$1") requests, $(wrk_errors "$1") errors"; }

echo "== warm-up: 10 s over ${#SYMBOLS[@]} symbols"
wrk -t1 -c64 -d10s -s "$WORK/quotes.lua" "$BASE" >/dev/null
echo "== GET /api/v2/quote/{symbol}, ${#SYMBOLS[@]} symbols round-robin, wrk -t1 -c64 -d${DURATION}s"
wrk -t1 -c64 -d"${DURATION}s" --latency -s "$WORK/quotes.lua" "$BASE" >"$WORK/many.txt"
summary "$WORK/many.txt"

before="$(upstream_calls)"
echo "== one hot symbol (CSCO), wrk -t1 -c64 -d${DURATION}s"
wrk -t1 -c64 -d"${DURATION}s" --latency -s "$WORK/hot.lua" "$BASE/api/v2/quote/CSCO" >"$WORK/hot.txt"
summary "$WORK/hot.txt"
after="$(upstream_calls)"
requests="$(wrk_completed "$WORK/hot.txt")"
python3 -c "import sys; c, r = int(sys.argv[1]), int(sys.argv[2]); print(f'   upstream calls: {c} for {r} requests = {1000 * c / r:.3f} per 1,000 requests')" \
  "$((after - before))" "$requests"
