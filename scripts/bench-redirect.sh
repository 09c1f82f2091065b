#!/usr/bin/env bash
# Benchmarks GET /s/{code} (the redirect hot path) with wrk against the built jar, checks that every
# redirect was counted, and compares it with two references.
#
#   scripts/bench-redirect.sh [DURATION_SECONDS] [LINKS]     (defaults 15 and 1000)
#
# Starts bootstrap/target/portico.jar on free ports with scripts/bench-config.yml (the shipped
# config.yml with the request log off and logging at WARN; the shipped config.yml writes one console
# line for every request, so BENCH_CONFIG=config.yml measures that cost too) and the shorten, api
# and auth limits raised, registers and logs in a user, creates LINKS links to
# https://example.com/<n>, then:
#   1. 10 s of warm-up and DURATION s measured of wrk -t1 -c64 on /s/<code>, the codes taken
#      round-robin from the list: requests/s, p50/p90/p99, responses that were not redirects;
#   2. once the visit queue is empty, sums `visits` over every link (GET /api/v1/links, paginated)
#      and checks that visits counted + visits dropped (admin gauge visits.dropped) equal the
#      redirects wrk completed in the warm-up and the measured run: at a saturating load the flush
#      can fall behind and the bounded queue drops (and counts) visits, never redirects; then runs
#      DURATION s at a non-saturating load (wrk -c2) and checks every redirect was written, none dropped;
#   3. references, DURATION s each: nginx answering `return 302` (worker_processes auto), and a bare
#      Dropwizard application with one Jersey resource answering a fixed 302 (BareRedirectApplication
#      from the bootstrap test classes, same JAVA_OPTS, 10 s of warm-up), then a table with ratios.
# Needs java, curl, python3 and wrk (apt-get install -y wrk); nginx (apt-get install -y nginx) and
# the bootstrap test classes (mvn -q -DskipTests test-compile -pl bootstrap -am, tried here when
# missing) only for the references, which are skipped without them. jq replaces python3 for the
# visit sum when python3 is missing. Exits 1 when a redirect is neither counted nor dropped, or when
# any visit is dropped below saturation. BENCH_JFR=/path/x.jfr
# also records the measured Portico run with Flight Recorder (needs jcmd), for
# `jfr print --events jdk.ExecutionSample` or `jfr summary`. Build first: mvn -q -DskipTests package
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BENCH_NAME=bench-redirect
# shellcheck source=scripts/bench-lib.sh
source scripts/bench-lib.sh

DURATION="${1:-15}"
LINKS="${2:-1000}"
CONNECTIONS=64
WARMUP=10
[[ "$DURATION" =~ ^[0-9]+$ && "$LINKS" =~ ^[0-9]+$ && "$LINKS" -ge 1 ]] \
  || { echo "usage: $0 [DURATION_SECONDS] [LINKS]" >&2; exit 2; }
bench_require
bench_start
bench_login

# --- links: one curl, one keep-alive connection, one response per line ---------------------------
: >"$WORK/shorten.curl"
for n in $(seq 1 "$LINKS"); do
  [[ "$n" -eq 1 ]] || echo next >>"$WORK/shorten.curl"
  cat >>"$WORK/shorten.curl" <<CURL
url = "$BASE/api/v1/shorten"
request = "POST"
header = "Authorization: Bearer $ACCESS"
header = "Content-Type: application/json"
data = "{\\"url\\":\\"https://example.com/$n\\"}"
write-out = "\\n"
CURL
done
start=$(date +%s%N)
curl -s -K "$WORK/shorten.curl" >"$WORK/shorten.out" || bench_die "curl failed creating links"
sed -n 's/^{"code":"\([^"]*\)".*/\1/p' "$WORK/shorten.out" >"$WORK/codes.txt"
created=$(wc -l <"$WORK/codes.txt")
echo "created $created links in $(( ($(date +%s%N) - start) / 1000000 )) ms (one connection, sequential)"
if [[ "$created" -ne "$LINKS" ]]; then
  grep -v '^{"code"' "$WORK/shorten.out" | head -3 >&2
  bench_die "expected $LINKS links, created $created"
fi

# --- wrk script: /s/<code>, round-robin over the codes ---------------------------------------------
{
  echo "local codes = {"
  sed 's/.*/  "&",/' "$WORK/codes.txt"
  echo "}"
  cat <<'LUA'
local n = #codes
local i = math.random(n) - 1   -- each thread starts somewhere else
request = function()
  i = i % n + 1
  return wrk.format("GET", "/s/" .. codes[i])
end
LUA
} >"$WORK/redirect.lua"

# lat FILE: "p50 / p90 / p99" of a saved wrk --latency output.
lat() { echo "$(wrk_pct "$1" 50) / $(wrk_pct "$1" 90) / $(wrk_pct "$1" 99)"; }
report() { # report LABEL FILE
  local sock
  sock="$(wrk_socket_errors "$2")"
  printf '   %s: %s req/s; p50/p90/p99 %s; %s requests, %s not a redirect (4xx/5xx)%s\n' "$1" \
    "$(wrk_rps "$2")" "$(lat "$2")" "$(wrk_completed "$2")" "$(wrk_errors "$2")" "${sock:+; socket errors: $sock}"
}

echo "== Portico GET /s/<code> over $LINKS links: ${WARMUP}s warm-up, then ${DURATION}s (wrk -t1 -c$CONNECTIONS)"
wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$WORK/redirect.lua" "$BASE" >"$WORK/warmup.txt"
echo "   warm-up : $(wrk_rps "$WORK/warmup.txt") req/s; $(wrk_completed "$WORK/warmup.txt") requests, $(wrk_errors "$WORK/warmup.txt") not a redirect"
if [[ -n "${BENCH_JFR:-}" ]] && command -v jcmd >/dev/null; then # BENCH_JFR=/path/x.jfr records the measured run with Flight Recorder
  jcmd "$SERVER" JFR.start name=bench settings=profile duration="${DURATION}s" filename="$(realpath -m "$BENCH_JFR")" >/dev/null
fi
wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$WORK/redirect.lua" "$BASE" >"$WORK/portico.txt"
report "measured" "$WORK/portico.txt"

# --- every redirect counted? -----------------------------------------------------------------------
admin_gauge() { # admin_gauge NAME
  local metrics
  metrics="$(curl -sf "http://127.0.0.1:$ADMIN_PORT/metrics")" || { echo "?"; return; }
  if command -v python3 >/dev/null; then
    python3 -c 'import json,sys; print(json.load(sys.stdin)["gauges"][sys.argv[1]]["value"])' "$1" <<<"$metrics"
  elif command -v jq >/dev/null; then
    jq -r --arg g "$1" '.gauges[$g].value' <<<"$metrics"
  else
    echo "? (needs python3 or jq)"
  fi
}
sum_visits_python() {
  python3 - "$BASE" "$ACCESS" <<'PY'
import json, sys, urllib.parse, urllib.request
base, token = sys.argv[1], sys.argv[2]
total, links, cursor = 0, 0, None
while True:
    url = base + "/api/v1/links?limit=100" + ("&cursor=" + urllib.parse.quote(cursor) if cursor else "")
    req = urllib.request.Request(url, headers={"Authorization": "Bearer " + token})
    page = json.load(urllib.request.urlopen(req))
    total += sum(item["visits"] for item in page["items"])
    links += len(page["items"])
    cursor = page.get("next_cursor")
    if not cursor:
        break
print(total, links)
PY
}
sum_visits_jq() {
  local total=0 links=0 cursor="" page
  while :; do
    page="$(curl -sf -H "Authorization: Bearer $ACCESS" --get --data limit=100 \
      ${cursor:+--data-urlencode "cursor=$cursor"} "$BASE/api/v1/links")"
    total=$((total + $(jq '[.items[].visits] | add // 0' <<<"$page")))
    links=$((links + $(jq '.items | length' <<<"$page")))
    cursor="$(jq -r '.next_cursor // empty' <<<"$page")"
    [[ -n "$cursor" ]] || break
  done
  echo "$total $links"
}

count_visits() { # prints "total links"
  if command -v python3 >/dev/null; then sum_visits_python
  elif command -v jq >/dev/null; then sum_visits_jq
  fi
}
wait_for_flush() {
  sleep 2
  for _ in $(seq 1 120); do [[ "$(admin_gauge visits.queued)" == 0 ]] && break; sleep 0.5; done
}
completed_redirects() { # completed_redirects FILE...
  local total=0 file
  for file in "$@"; do total=$((total + $(wrk_completed "$file") - $(wrk_errors "$file"))); done
  echo "$total"
}

status=0
if ! command -v python3 >/dev/null && ! command -v jq >/dev/null; then
  echo "   visit check skipped: needs python3 (apt-get install -y python3) or jq (apt-get install -y jq)"
else
  # wrk counts only responses it read before its timer ran out: each run can leave one request per
  # connection served (and counted by Portico) but not counted by wrk.
  slack=$((2 * CONNECTIONS))
  wait_for_flush
  read -r visits listed <<<"$(count_visits)"
  DROPPED="$(admin_gauge visits.dropped)"
  redirects="$(completed_redirects "$WORK/warmup.txt" "$WORK/portico.txt")"
  echo "   visits.dropped: $DROPPED; visits.written: $(admin_gauge visits.written); visits.failed: $(admin_gauge visits.failed)"
  accounted=$((visits + DROPPED - redirects))
  if [[ "$accounted" -ge 0 && "$accounted" -le "$slack" ]]; then
    echo "   visits: OK, every redirect is counted or dropped: $visits counted over $listed links + $DROPPED dropped"
    echo "           = $redirects redirects wrk completed (+$accounted in flight when wrk stopped)"
    if [[ "$DROPPED" -gt 0 ]]; then
      echo "           at this saturating load the flush wrote fewer visits per second than redirects arrived, and"
      echo "           the queue (visits.queueCapacity) overflowed: those visits were dropped and counted, never the redirect"
    fi
  else
    echo "   visits: MISMATCH, $visits counted + $DROPPED dropped vs $redirects redirects (off by $accounted)"
    status=1
  fi

  # A sustained, non-saturating load: here every redirect must be written, none dropped.
  echo "== visit accounting below saturation: wrk -t1 -c2 for ${DURATION}s"
  before_visits="$visits"; before_dropped="$DROPPED"
  wrk -t1 -c2 -d"${DURATION}s" -s "$WORK/redirect.lua" "$BASE" >"$WORK/steady.txt"
  wait_for_flush
  read -r visits listed <<<"$(count_visits)"
  steady="$(completed_redirects "$WORK/steady.txt")"
  added=$((visits - before_visits)); dropped_now=$(( $(admin_gauge visits.dropped) - before_dropped ))
  if [[ "$dropped_now" -eq 0 && $((added - steady)) -ge 0 && $((added - steady)) -le 2 ]]; then
    echo "   visits: OK, $added counted for $steady redirects at $(wrk_rps "$WORK/steady.txt") req/s, none dropped"
  else
    echo "   visits: MISMATCH below saturation, $added counted for $steady redirects, $dropped_now dropped"
    status=1
  fi
fi

# --- reference: nginx return 302 ------------------------------------------------------------------
NGINX_RPS="-"; NGINX_P99="-"
if command -v nginx >/dev/null; then
  NGINX_PORT="$(free_port)"
  mkdir -p "$WORK/nginx"
  cat >"$WORK/nginx/nginx.conf" <<NGINX
worker_processes auto;
daemon off;
error_log $WORK/nginx/error.log warn;
pid $WORK/nginx/nginx.pid;
events {}
http {
  access_log off;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / { return 302 https://example.com/; }
  }
}
NGINX
  nginx -e "$WORK/nginx/error.log" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
  NGINX=$!
  BENCH_PIDS+=("$NGINX")
  if wait_http "http://127.0.0.1:$NGINX_PORT/s/x" 20; then
    echo "== nginx return 302 (worker_processes auto: $(nproc) workers), ${DURATION}s (wrk -t1 -c$CONNECTIONS)"
    wrk -t1 -c"$CONNECTIONS" -d2s "http://127.0.0.1:$NGINX_PORT/s/x" >/dev/null
    wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency "http://127.0.0.1:$NGINX_PORT/s/x" >"$WORK/nginx.txt"
    report "nginx   " "$WORK/nginx.txt"
    NGINX_RPS="$(wrk_rps "$WORK/nginx.txt")"; NGINX_P99="$(wrk_pct "$WORK/nginx.txt" 99)"
  else
    echo "== nginx reference skipped: nginx did not start ($(tail -1 "$WORK/nginx/error.log" 2>/dev/null))"
  fi
  kill -QUIT "$NGINX" 2>/dev/null || true; wait "$NGINX" 2>/dev/null || true
else
  echo "== nginx reference skipped: nginx not found (apt-get install -y nginx)"
fi

# --- reference: bare Dropwizard 302 ----------------------------------------------------------------
# Stop Portico first so the two JVMs don't share the 2 cores' worth of CPU.
kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true
BARE_RPS="-"; BARE_P99="-"
BARE_CLASS=bootstrap/target/test-classes/dev/portico/bootstrap/bench/BareRedirectApplication.class
if [[ ! -f "$BARE_CLASS" ]] && command -v mvn >/dev/null; then
  echo "== building the bootstrap test classes for the bare Dropwizard reference"
  mvn -B -ntp -q -o -DskipTests test-compile -pl bootstrap -am >"$WORK/mvn.log" 2>&1 || tail -5 "$WORK/mvn.log" >&2
fi
if [[ -f "$BARE_CLASS" ]]; then
  BARE_PORT="$(free_port)"; BARE_ADMIN="$(free_port)"
  cat >"$WORK/bare.yml" <<YAML
server:
  applicationConnectors:
    - type: http
      port: $BARE_PORT
      bindHost: 127.0.0.1
  adminConnectors:
    - type: http
      port: $BARE_ADMIN
      bindHost: 127.0.0.1
  requestLog:
    appenders: []
logging:
  level: WARN
YAML
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
  java ${JAVA_OPTS:-} -cp "$JAR:bootstrap/target/test-classes" dev.portico.bootstrap.bench.BareRedirectApplication \
       server "$WORK/bare.yml" >"$WORK/bare.log" 2>&1 &
  BARE=$!
  BENCH_PIDS+=("$BARE")
  if wait_http "http://127.0.0.1:$BARE_PORT/s/x"; then
    echo "== bare Dropwizard fixed 302 (Jersey resource): ${WARMUP}s warm-up, then ${DURATION}s (wrk -t1 -c$CONNECTIONS)"
    wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" "http://127.0.0.1:$BARE_PORT/s/x" >/dev/null
    wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency "http://127.0.0.1:$BARE_PORT/s/x" >"$WORK/bare.txt"
    report "bare    " "$WORK/bare.txt"
    BARE_RPS="$(wrk_rps "$WORK/bare.txt")"; BARE_P99="$(wrk_pct "$WORK/bare.txt" 99)"
  else
    tail -5 "$WORK/bare.log" >&2
    echo "== bare Dropwizard reference skipped: it did not start"
  fi
  kill "$BARE" 2>/dev/null || true; wait "$BARE" 2>/dev/null || true
else
  echo "== bare Dropwizard reference skipped: build the test classes (mvn -q -DskipTests test-compile -pl bootstrap -am)"
fi

# --- table -----------------------------------------------------------------------------------------
PORTICO_RPS="$(wrk_rps "$WORK/portico.txt")"; PORTICO_P99="$(wrk_pct "$WORK/portico.txt" 99)"
ratio() { [[ "$2" == "-" ]] && echo "-" || awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }
echo
echo "== summary (wrk -t1 -c$CONNECTIONS, ${DURATION}s each, $(nproc) cores shared with wrk)"
printf '   %-28s %12s %10s\n' "" "req/s" "p99"
printf '   %-28s %12s %10s\n' "Portico GET /s/<code>" "$PORTICO_RPS" "$PORTICO_P99"
printf '   %-28s %12s %10s\n' "bare Dropwizard fixed 302" "$BARE_RPS" "$BARE_P99"
printf '   %-28s %12s %10s\n' "nginx return 302" "$NGINX_RPS" "$NGINX_P99"
echo "   Portico / nginx: $(ratio "$PORTICO_RPS" "$NGINX_RPS"); Portico / bare Dropwizard: $(ratio "$PORTICO_RPS" "$BARE_RPS")"
exit "$status"
