#!/usr/bin/env bash
# Benchmarks POST /api/v1/shorten (link creation: validation, code generation, one SQLite insert)
# with wrk against the built jar.
#
#   scripts/bench-shorten.sh [DURATION_SECONDS]     (default 15)
#
# Starts bootstrap/target/portico.jar on free ports with scripts/bench-config.yml (the shipped
# config.yml with the request log off and logging at WARN; the shipped config.yml writes one console
# line for every request, so BENCH_CONFIG=config.yml measures that cost too) and the shorten, api
# and auth limits raised, registers and logs in a user, then runs 5 s of warm-up and DURATION s
# measured of wrk -t1 -c16 POSTing {"url":"https://example.com/<counter>-<random>"}, a different
# URL on every request, and prints links created per second (201s: all responses minus non-2xx),
# p50/p90/p99 and the number of links the list API then shows.
# Needs java, curl, python3 and wrk (apt-get install -y wrk). Build first: mvn -q -DskipTests package
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BENCH_NAME=bench-shorten
# shellcheck source=scripts/bench-lib.sh
source scripts/bench-lib.sh

DURATION="${1:-15}"
CONNECTIONS=16
WARMUP=5
[[ "$DURATION" =~ ^[0-9]+$ ]] || { echo "usage: $0 [DURATION_SECONDS]" >&2; exit 2; }
bench_require
bench_start
bench_login

cat >"$WORK/shorten.lua" <<LUA
local headers = { ["Authorization"] = "Bearer $ACCESS", ["Content-Type"] = "application/json" }
local counter = 0
math.randomseed(os.time())
request = function()
  counter = counter + 1
  return wrk.format("POST", "/api/v1/shorten", headers,
    '{"url":"https://example.com/' .. counter .. '-' .. math.random(1e9) .. '"}')
end
LUA

# created FILE SECONDS: "<201s> (<per second>/s)" from a saved wrk output (every non-error is a 201).
created() {
  awk -v secs="$2" '/requests in/ { total = $1 } /Non-2xx/ { refused = $NF }
    END { printf "%d (%.1f/s), %d other responses", total - refused, (total - refused) / secs, refused }' "$1"
}

echo "== POST /api/v1/shorten: ${WARMUP}s warm-up, then ${DURATION}s (wrk -t1 -c$CONNECTIONS, a new URL each time)"
wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$WORK/shorten.lua" "$BASE" >"$WORK/warmup.txt"
echo "   warm-up : $(wrk_rps "$WORK/warmup.txt") req/s; created $(created "$WORK/warmup.txt" "$WARMUP")"
wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$WORK/shorten.lua" "$BASE" >"$WORK/shorten.txt"
sock="$(wrk_socket_errors "$WORK/shorten.txt")"
echo "   measured: $(wrk_rps "$WORK/shorten.txt") req/s; created $(created "$WORK/shorten.txt" "$DURATION")${sock:+; socket errors: $sock}"
echo "   latency p50/p90/p99: $(wrk_pct "$WORK/shorten.txt" 50) / $(wrk_pct "$WORK/shorten.txt" 90) / $(wrk_pct "$WORK/shorten.txt" 99)"

# How many links exist now (warm-up and run together, plus any wrk left in flight), from the list API.
python3 - "$BASE" "$ACCESS" <<'PY' || echo "   (counting the links failed)"
import json, sys, urllib.parse, urllib.request
base, token = sys.argv[1], sys.argv[2]
links, cursor = 0, None
while True:
    url = base + "/api/v1/links?limit=100" + ("&cursor=" + urllib.parse.quote(cursor) if cursor else "")
    page = json.load(urllib.request.urlopen(urllib.request.Request(url, headers={"Authorization": "Bearer " + token})))
    links += len(page["items"])
    cursor = page.get("next_cursor")
    if not cursor:
        break
print(f"   links listed afterwards: {links} (warm-up + measured run)")
PY
