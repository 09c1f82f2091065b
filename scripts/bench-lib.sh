# Shared start-up for scripts/bench-redirect.sh and scripts/bench-shorten.sh; sourced, not run.
#
# bench_start  starts $PORTICO_JAR (default bootstrap/target/portico.jar) on free ports with $BENCH_CONFIG (default
#              scripts/bench-config.yml: no request log, logging at WARN) and the shorten, api and
#              auth limits raised so they don't cut the load; sets WORK, PORT, ADMIN_PORT, BASE, SERVER.
# bench_login  registers a fresh user and logs in; sets ACCESS, BENCH_USER and BENCH_PASSWORD.
# Extra JVM flags (for Portico and the bare Dropwizard reference alike) come from $JAVA_OPTS; Portico
# also gets $PORTICO_JVM_FLAGS (default -XX:ThreadPriorityPolicy=1, as scripts/run-dev.sh, so the
# password hashing threads run at a lower OS priority on Linux; see the README's "Passwords").
# Everything started is stopped, and $WORK removed, on exit.

JAR="${PORTICO_JAR:-bootstrap/target/portico.jar}"
BENCH_CONFIG="${BENCH_CONFIG:-scripts/bench-config.yml}"
BENCH_PIDS=()

bench_die() { echo "$BENCH_NAME: $*" >&2; exit 1; }

bench_require() {
  command -v java >/dev/null || bench_die "java not found (a JDK 17 is needed)"
  command -v curl >/dev/null || bench_die "curl not found (apt-get install -y curl)"
  command -v python3 >/dev/null || bench_die "python3 not found (apt-get install -y python3); it picks free ports"
  command -v wrk >/dev/null || bench_die "wrk not found (apt-get install -y wrk, or build https://github.com/wg/wrk)"
  [[ -f "$JAR" ]] || bench_die "$JAR not found; run mvn -q -DskipTests package"
  [[ -f "$BENCH_CONFIG" ]] || bench_die "$BENCH_CONFIG not found"
}

bench_cleanup() {
  local pid
  for pid in "${BENCH_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${BENCH_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# wait_http URL [TRIES]: polls every 0.5 s until URL answers (any status).
wait_http() {
  local _
  for _ in $(seq 1 "${2:-60}"); do
    curl -s -o /dev/null "$1" && return 0
    sleep 0.5
  done
  return 1
}

bench_start() {
  WORK="$(mktemp -d)"
  trap bench_cleanup EXIT
  PORT="$(free_port)"; ADMIN_PORT="$(free_port)"
  BASE="http://127.0.0.1:$PORT"
  export JWT_SECRET="${JWT_SECRET:-$(head -c 48 /dev/urandom | base64 | tr -d '\n')}"
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
  java ${PORTICO_JVM_FLAGS--XX:ThreadPriorityPolicy=1} ${JAVA_OPTS:-} -Ddw.database.path="$WORK/bench.db" \
       -Ddw.server.applicationConnectors[0].port="$PORT" -Ddw.server.adminConnectors[0].port="$ADMIN_PORT" \
       -Ddw.rateLimits.auth.limit=100000000 -Ddw.rateLimits.api.limit=100000000 \
       -Ddw.rateLimits.shorten.limit=100000000 \
       -jar "$JAR" server "$BENCH_CONFIG" >"$WORK/server.log" 2>&1 &
  SERVER=$!
  BENCH_PIDS+=("$SERVER")
  if ! wait_http "$BASE/api/v1/pulse"; then
    tail -20 "$WORK/server.log" >&2
    bench_die "Portico did not start on port $PORT"
  fi
  echo "Portico pid $SERVER on $BASE (admin $ADMIN_PORT), config $BENCH_CONFIG, JAVA_OPTS='${JAVA_OPTS:-}'"
}

bench_login() {
  BENCH_USER="bench-$$-$RANDOM" BENCH_PASSWORD="Velvet-Harbor-Quartz-71"
  local creds="{\"username\":\"$BENCH_USER\",\"password\":\"$BENCH_PASSWORD\"}"
  curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' --data "$creds" "$BASE/api/v1/auth/register" \
    || bench_die "register failed"
  ACCESS="$(curl -sf -X POST -H 'Content-Type: application/json' --data "$creds" "$BASE/api/v1/auth/login" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
  [[ -n "$ACCESS" ]] || bench_die "login failed"
}

# wrk output -> the numbers the scripts print. Each reads a saved wrk --latency output file.
wrk_completed() { awk '/requests in/ { print $1 }' "$1"; }
wrk_rps() { awk '/Requests\/sec/ { print $2 }' "$1"; }
wrk_pct() { awk -v p="$2%" '$1 == p { print $2 }' "$1"; }
wrk_errors() { awk '/Non-2xx or 3xx/ { n = $NF } END { print n + 0 }' "$1"; }
wrk_socket_errors() { awk '/Socket errors/ { sub(/.*Socket errors: */, ""); print } ' "$1"; }
