#!/usr/bin/env bash
# Measures what a login flood does to the paths every link and client depends on, in one run.
#
#   scripts/bench-flood.sh [DURATION_SECONDS] [FLOOD_PAUSE_MS] [ROUNDS]     (defaults 10, 20 and 3)
#
# Starts bootstrap/target/portico.jar (scripts/bench-config.yml, see bench-lib.sh) with
# rateLimits.trustedProxies = 127.0.0.1, so the flood's X-Forwarded-For is believed and it comes from
# many addresses (a random 10.x.y.z per request) with the per-address login limit raised, as a flood
# from a botnet would look. Then ROUNDS times, DURATION s each, in turns:
#   1. GET /s/{code} over 100 links, wrk -t1 -c16, alone;
#   2. the same while 50 connections flood POST /api/v1/auth/login with a real user's password;
#   3. GET /api/v2/quote/{symbol} with a Bearer token, wrk -t1 -c16, alone;
#   4. the same under the flood;
# and prints each run, the flood's answers (logins that succeeded: the steady login rate the hashing
# pool keeps; refusals, 429; anything else), and per path the medians over the rounds of requests/s
# and p99, flooded over alone: a p99 at saturation moves by a millisecond from run to run here.
# Each flood connection waits FLOOD_PAUSE_MS between its requests (wrk's delay()): 20 ms offers
# about 2,500 logins/s, some 400 times what the hashing pool can check, more than the 1,120/s the
# unprotected service answered its flood. 0 floods as fast as the answers come; on one machine that
# also measures the load generator, whose CPU a real flood would not take from the server: the
# CPU seconds the flood's wrk and Portico spent are printed after each flooded run.
# Last, the refusal rate one core answers: Portico pinned to CPU 0 (taskset), wrk on the others,
# one address past its login limit, DURATION s.
# Needs java, curl, python3, wrk and taskset (util-linux). Build first: mvn -q -DskipTests package
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BENCH_NAME=bench-flood
# shellcheck source=scripts/bench-lib.sh
source scripts/bench-lib.sh

DURATION="${1:-10}"
PAUSE_MS="${2:-20}"
ROUNDS="${3:-3}"
[[ "$DURATION" =~ ^[0-9]+$ && "$PAUSE_MS" =~ ^[0-9]+$ && "$ROUNDS" =~ ^[1-9][0-9]*$ ]] \
  || { echo "usage: $0 [DURATION_SECONDS] [FLOOD_PAUSE_MS] [ROUNDS]" >&2; exit 2; }
CONNECTIONS=16
FLOOD_CONNECTIONS=50
LINKS=100
bench_require
BASE_JAVA_OPTS="${JAVA_OPTS:-}"
export JAVA_OPTS="$BASE_JAVA_OPTS -Ddw.rateLimits.trustedProxies=127.0.0.1"
bench_start
bench_login

# --- links and scripts -----------------------------------------------------------------------------
for n in $(seq 1 "$LINKS"); do
  curl -sf -X POST -H "Authorization: Bearer $ACCESS" -H 'Content-Type: application/json' \
    --data "{\"url\":\"https://example.com/flood/$n\"}" "$BASE/api/v1/shorten"
  echo
done | sed -n 's/^{"code":"\([^"]*\)".*/\1/p' >"$WORK/codes.txt"
[[ "$(wc -l <"$WORK/codes.txt")" -eq "$LINKS" ]] || bench_die "expected $LINKS links"
{
  echo "local codes = {"
  sed 's/.*/  "&",/' "$WORK/codes.txt"
  echo "}"
  cat <<'LUA'
local i = 0
request = function()
  i = i % #codes + 1
  return wrk.format("GET", "/s/" .. codes[i])
end
LUA
} >"$WORK/redirect.lua"
echo "wrk.headers[\"Authorization\"] = \"Bearer $ACCESS\"" >"$WORK/quote.lua"

# The flood: the bench user's real password from a new address each time; counts answers by status.
cat >"$WORK/flood.lua" <<LUA
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) ok = 0; refused = 0; other = 0 end
local body = '{"username":"$BENCH_USER","password":"$BENCH_PASSWORD"}'
request = function()
  local address = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254)
  return wrk.format("POST", "/api/v1/auth/login",
      { ["Content-Type"] = "application/json", ["X-Forwarded-For"] = address }, body)
end
response = function(status, headers, body)
  if status == 200 then ok = ok + 1 elseif status == 429 then refused = refused + 1 else other = other + 1 end
end
LUA
if [[ "$PAUSE_MS" -gt 0 ]]; then
  echo "function delay() return $PAUSE_MS end" >>"$WORK/flood.lua"
fi
cat >>"$WORK/flood.lua" <<'LUA'
done = function(summary, latency, requests)
  local o, r, x = 0, 0, 0
  for _, t in ipairs(threads) do o = o + t:get("ok"); r = r + t:get("refused"); x = x + t:get("other") end
  io.write(string.format("flood-answers ok=%d refused=%d other=%d\n", o, r, x))
end
LUA

summary() { echo "   $(wrk_rps "$1") req/s; p50/p99 $(wrk_pct "$1" 50) / $(wrk_pct "$1" 99); $(wrk_errors "$1") non-2xx/3xx"; }

# flood_during OUT CMD...: runs CMD into OUT while the flood runs, the flood starting 2 s earlier;
# saves the flood's answers to OUT.flood and prints the CPU time Portico and the flood used.
flood_during() {
  local out="$1"; shift
  local before
  before="$(cpu_seconds "$SERVER")"
  /usr/bin/time -f "%U %S" -o "$out.flood-cpu" \
    wrk -t1 -c"$FLOOD_CONNECTIONS" -d"$((DURATION + 3))s" -s "$WORK/flood.lua" "$BASE" >"$out.flood" &
  local flood=$!
  sleep 2
  "$@" >"$out"
  wait "$flood"
  awk -v p="$before" -v n="$(cpu_seconds "$SERVER")" -v s="$((DURATION + 3))" \
    '{ printf "   CPU over the %d s of the flood: Portico %.1f s, the flood'"'"'s wrk %.1f s\n", s, n - p, $1 + $2 }' "$out.flood-cpu"
}
# cpu_seconds PID: user + system CPU time the process has used so far.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }
flood_summary() {
  local secs=$((DURATION + 3))
  awk -v s="$secs" '/flood-answers/ {
      split($2, o, "="); split($3, r, "="); split($4, x, "=")
      printf "   flood: %d answers in %d s (%.0f/s): %d logins succeeded (%.1f/s), %d refused 429 (%.0f/s), %d other\n",
             o[2] + r[2] + x[2], s, (o[2] + r[2] + x[2]) / s, o[2], o[2] / s, r[2], r[2] / s, x[2] }' "$1"
}
# Lets the hashing pool drain what the flood left queued before a path is measured alone.
settle() { sleep 6; }

echo "== warm-up: 10 s redirect, 10 s quote"
wrk -t1 -c"$CONNECTIONS" -d10s -s "$WORK/redirect.lua" "$BASE" >/dev/null
wrk -t1 -c"$CONNECTIONS" -d10s -s "$WORK/quote.lua" "$BASE/api/v2/quote/CSCO" >/dev/null

# measure PATH_NAME ROUND: the path alone, then under the flood.
measure() {
  local name="$1" round="$2" script target
  case "$name" in
    redirect) script="$WORK/redirect.lua"; target="$BASE" ;;
    quote) script="$WORK/quote.lua"; target="$BASE/api/v2/quote/CSCO" ;;
  esac
  echo "== round $round: $name alone, wrk -t1 -c$CONNECTIONS -d${DURATION}s"
  wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$script" "$target" >"$WORK/$name-alone-$round.txt"
  summary "$WORK/$name-alone-$round.txt"
  echo "== round $round: $name under a $FLOOD_CONNECTIONS-connection login flood (pause ${PAUSE_MS} ms)"
  flood_during "$WORK/$name-flood-$round.txt" wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$script" "$target"
  summary "$WORK/$name-flood-$round.txt"
  flood_summary "$WORK/$name-flood-$round.txt.flood"
  settle
}
for round in $(seq 1 "$ROUNDS"); do
  measure redirect "$round"
  measure quote "$round"
done

ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.3f", v / 1000; else if (v ~ /ms$/) printf "%.3f", v + 0; else if (v ~ /s$/) printf "%.3f", v * 1000; else print v }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "n/a" }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# row LABEL NAME: the medians over the rounds of NAME's throughput and p99, alone and flooded, and their ratios.
row() {
  local label="$1" name="$2" ra rf pa pf f
  ra="$(for f in "$WORK/$name"-alone-*.txt; do wrk_rps "$f"; done | median)"
  rf="$(for f in "$WORK/$name"-flood-*.txt; do wrk_rps "$f"; done | median)"
  pa="$(for f in "$WORK/$name"-alone-*.txt; do ms "$(wrk_pct "$f" 99)"; echo; done | median)"
  pf="$(for f in "$WORK/$name"-flood-*.txt; do ms "$(wrk_pct "$f" 99)"; echo; done | median)"
  printf '   %-22s %10s %10s %8s %10s %10s %8s\n' "$label" "$ra" "$rf" "$(ratio "$rf" "$ra")" "$pa" "$pf" "$(ratio "$pf" "$pa")"
}

ROWS="$(row "GET /s/{code}" redirect
row "GET /api/v2/quote" quote)"

# --- the refusal rate of one core ------------------------------------------------------------------
REFUSALS="n/a (needs taskset and 2 cores)"
if command -v taskset >/dev/null && [[ "$(nproc)" -ge 2 ]]; then
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
  PORT="$(free_port)"; ADMIN_PORT="$(free_port)"; BASE="http://127.0.0.1:$PORT"
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
  taskset -c 0 java ${PORTICO_JVM_FLAGS--XX:ThreadPriorityPolicy=1} $BASE_JAVA_OPTS -Ddw.database.path="$WORK/one-core.db" \
    -Ddw.server.applicationConnectors[0].port="$PORT" -Ddw.server.adminConnectors[0].port="$ADMIN_PORT" \
    -jar "$JAR" server "$BENCH_CONFIG" >"$WORK/one-core.log" 2>&1 &
  SERVER=$!
  BENCH_PIDS+=("$SERVER")
  wait_http "$BASE/api/v1/pulse" || bench_die "Portico pinned to CPU 0 did not start"
  for _ in 1 2 3 4 5 6; do
    curl -s -o /dev/null -X POST -H 'Content-Type: application/json' \
      --data '{"username":"nobody-here","password":"Velvet-Harbor-Quartz-71"}' "$BASE/api/v1/auth/login"
  done
  cat >"$WORK/refused.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"username":"nobody-here","password":"Velvet-Harbor-Quartz-71"}'
LUA
  echo "== refusals one core answers: Portico on CPU 0, wrk -t1 -c50 on CPU 1, one address past its login limit, ${DURATION}s"
  taskset -c 1 wrk -t1 -c50 -d5s -s "$WORK/refused.lua" "$BASE/api/v1/auth/login" >/dev/null
  taskset -c 1 wrk -t1 -c50 -d"${DURATION}s" --latency -s "$WORK/refused.lua" "$BASE/api/v1/auth/login" >"$WORK/refused.txt"
  echo "   $(wrk_rps "$WORK/refused.txt") refusals/s; p50/p99 $(wrk_pct "$WORK/refused.txt" 50) / $(wrk_pct "$WORK/refused.txt" 99); $(wrk_errors "$WORK/refused.txt") of $(wrk_completed "$WORK/refused.txt") not 2xx/3xx"
  REFUSALS="$(wrk_rps "$WORK/refused.txt")"
fi

echo
echo "== summary: medians of $ROUNDS rounds, flooded / alone (goal: throughput >= 0.5x, p99 <= 2x)"
printf '   %-22s %10s %10s %8s %10s %10s %8s\n' "path" "alone/s" "flooded/s" "ratio" "p99 alone" "p99 flood" "ratio"
echo "$ROWS"
echo "   refusals one core answers: $REFUSALS/s"
