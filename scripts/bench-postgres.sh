#!/usr/bin/env bash
# Benchmarks one instance on SQLite against one on PostgreSQL (+ Redis), in turns in one run.
#
#   scripts/bench-postgres.sh [DURATION_SECONDS] [ROUNDS]     (defaults 10 and 2)
#
# Starts a real PostgreSQL and Redis (scripts/services-lib.sh: installed with apt-get when missing,
# on free loopback ports in a temporary directory), then, ROUNDS times, the built jar on SQLite and
# on PostgreSQL one after the other (scripts/bench-config.yml, limits raised), and on each:
#   - GET /s/<code> over 200 links, wrk -t1 -c64, 5 s warm-up then DURATION s: the redirect with
#     its visit queued and written in batches (the cache serves both stores)
#   - POST /api/v1/shorten, a new URL each request, wrk -t1 -c16, 3 s warm-up then DURATION s:
#     every 201 durable (SQLite: one writer, fsync per transaction; PostgreSQL: synchronous_commit on)
# and prints each run's figures, then the PostgreSQL/SQLite ratios of the sums over the rounds.
# Needs java, curl, python3 and wrk. Build first: mvn -q -DskipTests package
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BENCH_NAME=bench-postgres
# shellcheck source=scripts/bench-lib.sh
source scripts/bench-lib.sh
# shellcheck source=scripts/services-lib.sh
source scripts/services-lib.sh

DURATION="${1:-10}"
ROUNDS="${2:-2}"
[[ "$DURATION" =~ ^[0-9]+$ && "$ROUNDS" =~ ^[0-9]+$ ]] || { echo "usage: $0 [DURATION_SECONDS] [ROUNDS]" >&2; exit 2; }
bench_require
services_install

WORK="$(mktemp -d)"
chmod 755 "$WORK"
SERVER=""
stop_server() {
  if [[ -n "$SERVER" ]]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  SERVER=""
}
trap 'stop_server; services_stop; rm -rf "$WORK"' EXIT
services_start_postgres "$WORK/pg"
services_start_redis "$WORK/redis"
export JWT_SECRET="${JWT_SECRET:-$(head -c 48 /dev/urandom | base64 | tr -d '\n')}"

start_server() { # start_server STORE
  take_port PORT; take_port ADMIN_PORT
  BASE="http://127.0.0.1:$PORT"
  local store_opts=(-Ddw.database.path="$WORK/sqlite-$RANDOM.db")
  if [[ "$1" == postgresql ]]; then
    store_opts=(-Ddw.database.type=postgresql "-Ddw.database.url=$PG_URL" -Ddw.database.user=portico
      "-Ddw.redis.url=$REDIS_URL")
  fi
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
  PORTICO_DB_PASSWORD="$DB_PASSWORD" java ${JAVA_OPTS:-} "${store_opts[@]}" \
    -Ddw.server.applicationConnectors[0].port="$PORT" -Ddw.server.adminConnectors[0].port="$ADMIN_PORT" \
    -Ddw.rateLimits.auth.limit=100000000 -Ddw.rateLimits.api.limit=100000000 \
    -Ddw.rateLimits.shorten.limit=100000000 \
    -jar "$JAR" server "$BENCH_CONFIG" >"$WORK/server-$1.log" 2>&1 &
  SERVER=$!
  if ! wait_http "$BASE/api/v1/pulse"; then
    tail -20 "$WORK/server-$1.log" >&2
    bench_die "Portico on $1 did not start"
  fi
}

run_one() { # run_one STORE ROUND: prints "redirects/s p99 creations/s p99"
  local store="$1" round="$2" codes="" i code
  start_server "$store"
  bench_login
  for i in $(seq 1 200); do
    code="$(curl -sf -X POST -H "Authorization: Bearer $ACCESS" -H 'Content-Type: application/json' \
      --data "{\"url\":\"https://example.com/bench/$round/$i\"}" "$BASE/api/v1/shorten" |
      sed -n 's/.*"code":"\([^"]*\)".*/\1/p')"
    [[ -n "$code" ]] || bench_die "shorten failed on $store"
    codes="$codes\"$code\","
  done
  cat >"$WORK/redirect.lua" <<LUA
local codes = { ${codes%,} }
local i = 0
request = function()
  i = i % #codes + 1
  return wrk.format("GET", "/s/" .. codes[i])
end
LUA
  cat >"$WORK/shorten.lua" <<LUA
local headers = { ["Authorization"] = "Bearer $ACCESS", ["Content-Type"] = "application/json" }
local counter = 0
math.randomseed(os.time() + $round)
request = function()
  counter = counter + 1
  return wrk.format("POST", "/api/v1/shorten", headers,
    '{"url":"https://example.com/' .. counter .. '-' .. math.random(1e9) .. '"}')
end
LUA
  wrk -t1 -c64 -d5s -s "$WORK/redirect.lua" "$BASE" >/dev/null
  wrk -t1 -c64 -d"${DURATION}s" --latency -s "$WORK/redirect.lua" "$BASE" >"$WORK/redirect-$store-$round.txt"
  wrk -t1 -c16 -d3s -s "$WORK/shorten.lua" "$BASE" >/dev/null
  wrk -t1 -c16 -d"${DURATION}s" --latency -s "$WORK/shorten.lua" "$BASE" >"$WORK/shorten-$store-$round.txt"
  stop_server
  [[ "$(wrk_errors "$WORK/redirect-$store-$round.txt")" == 0 ]] || bench_die "non-3xx redirects on $store"
  [[ "$(wrk_errors "$WORK/shorten-$store-$round.txt")" == 0 ]] || bench_die "non-2xx creations on $store"
  printf '%-10s round %d: redirect %9s req/s (p99 %7s)   shorten %8s req/s (p99 %7s)\n' "$store" "$round" \
    "$(wrk_rps "$WORK/redirect-$store-$round.txt")" "$(wrk_pct "$WORK/redirect-$store-$round.txt" 99)" \
    "$(wrk_rps "$WORK/shorten-$store-$round.txt")" "$(wrk_pct "$WORK/shorten-$store-$round.txt" 99)"
}

echo "== SQLite and PostgreSQL in turns: $ROUNDS rounds of ${DURATION}s each (redirect wrk -c64, shorten wrk -c16)"
for round in $(seq 1 "$ROUNDS"); do
  run_one sqlite "$round"
  run_one postgresql "$round"
done

sum_rps() { # sum_rps KIND STORE
  local total=0 f
  for f in "$WORK/$1-$2-"*.txt; do total="$(awk -v t="$total" '/Requests\/sec/ { print t + $2 }' "$f")"; done
  echo "$total"
}
for kind in redirect shorten; do
  sqlite="$(sum_rps "$kind" sqlite)"; pg="$(sum_rps "$kind" postgresql)"
  awk -v k="$kind" -v s="$sqlite" -v p="$pg" -v r="$ROUNDS" \
    'BEGIN { printf "%-9s mean of %d rounds: SQLite %.0f req/s, PostgreSQL %.0f req/s, ratio %.2fx\n", k, r, s / r, p / r, p / s }'
done
