#!/usr/bin/env bash
# The cluster test: two Portico instances on one PostgreSQL and one Redis, behind nginx.
#
#   scripts/cluster-test.sh            (run from anywhere; .ci/run runs it after the test suite)
#
# 1. installs what is missing with apt-get (postgresql, redis-server, nginx; as root or with sudo)
# 2. starts PostgreSQL (initdb in a temporary directory, as the unprivileged user `nobody` when run
#    as root), Redis and, at the same moment, two instances of bootstrap/target/portico.jar
#    (PORTICO_JAR picks another) on free loopback ports, all on the one empty database, so both
#    race to migrate it; then nginx as a round-robin proxy in front of them
# 3. checks that the database was migrated exactly once, then runs
#    dev.portico.bootstrap.cluster.ClusterCheck from bootstrap's test classes: register, login,
#    shorten, redirects from both instances, edits and deletes seen on the other, the shared login
#    limit, exact max_visits, logout-all across, refresh-token reuse across, the stream from both
#    with equal seq and the per-user stream limit across, and last a kill -9 of one instance under
#    write load (no acknowledged link lost, the other keeps serving)
# 4. then, on the surviving instance: Redis stopped (pulse degraded, logins and creations go on) and
#    started again; PostgreSQL stopped (503 UPSTREAM_UNAVAILABLE with Retry-After, cached redirects go on,
#    pulse down) and started again (the visits made meanwhile are written)
# 5. stops everything it started and removes the temporary directory, whatever happened
# Exits non-zero when a check failed or something could not start. Needs java and curl.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

log() { echo "==> [cluster-test] $*"; }
die() { log "FAILED: $*"; exit 1; }

JAR="${PORTICO_JAR:-bootstrap/target/portico.jar}"
[[ -f "$JAR" ]] || die "$JAR is missing; build it first: mvn -B -ntp -DskipTests package"
[[ -d bootstrap/target/test-classes/dev/portico/bootstrap/cluster ]] ||
  mvn -B -ntp -q -DskipTests test-compile -pl bootstrap -am </dev/null >/dev/null

# --- 1. what it needs --------------------------------------------------------------------------
BENCH_NAME=cluster-test
# shellcheck source=scripts/services-lib.sh
source scripts/services-lib.sh
SERVICES_WITH_NGINX=1 services_install

WORK="$(mktemp -d "${TMPDIR:-/tmp}/portico-cluster.XXXXXX")"
chmod 755 "$WORK"
NGINX_PID=""
APP_PIDS=()

stop_pid() {
  local pid="$1"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local rc=$?
  for pid in "${APP_PIDS[@]}"; do stop_pid "$pid"; done
  stop_pid "$NGINX_PID"
  services_stop
  if [[ $rc -ne 0 ]]; then
    for f in "$WORK"/app-*.log; do
      [[ -f "$f" ]] || continue
      log "last 40 lines of $(basename "$f"):"
      tail -n 40 "$f" | sed 's/^/    /'
    done
  fi
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_for() { # wait_for WHAT SECONDS COMMAND...
  local what="$1" seconds="$2"; shift 2
  for _ in $(seq 1 $((seconds * 5))); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.2
  done
  die "$what did not come up within $seconds s"
}

# --- 2. PostgreSQL, Redis, two instances, nginx ------------------------------------------------
services_start_postgres "$WORK/pg" || die "PostgreSQL did not start"
services_start_redis "$WORK/redis" || die "Redis did not start"
for port in PROXY_PORT A1 A2 M1 M2; do take_port "$port" || die "no free port found"; done
JWT_SECRET="$(head -c 48 /dev/urandom | base64 | tr -d '\n')"
export JWT_SECRET

start_instance() { # start_instance NAME APP_PORT ADMIN_PORT
  PORTICO_DB_PASSWORD="$DB_PASSWORD" java -Xmx512m \
    "-Ddw.server.applicationConnectors[0].port=$2" \
    "-Ddw.server.adminConnectors[0].port=$3" \
    -Ddw.database.type=postgresql \
    "-Ddw.database.url=$PG_URL" \
    -Ddw.database.user=portico \
    "-Ddw.redis.url=$REDIS_URL" \
    "-Ddw.publicBaseUrl=http://127.0.0.1:$PROXY_PORT" \
    -Ddw.rateLimits.trustedProxies=127.0.0.1 \
    -jar "$JAR" server config.yml </dev/null >"$WORK/app-$1.log" 2>&1 &
  APP_PIDS+=($!)
}
log "two instances on 127.0.0.1:$A1 and 127.0.0.1:$A2, started together on the empty database"
start_instance a1 "$A1" "$M1"
start_instance a2 "$A2" "$M2"
instance_up() { # instance_up PID PORT: fails at once when the process is gone
  kill -0 "$1" 2>/dev/null || die "the instance on $2 exited during start-up"
  curl -fsS --max-time 2 -o /dev/null "http://127.0.0.1:$2/api/v1/pulse"
}
wait_for "the instance on $A1" 90 instance_up "${APP_PIDS[0]}" "$A1"
wait_for "the instance on $A2" 90 instance_up "${APP_PIDS[1]}" "$A2"

log "nginx on 127.0.0.1:$PROXY_PORT, round-robin over both"
mkdir -p "$WORK/nginx"
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  upstream portico {
    server 127.0.0.1:$A1 max_fails=1 fail_timeout=2s;
    server 127.0.0.1:$A2 max_fails=1 fail_timeout=2s;
    keepalive 32;
  }
  map \$http_upgrade \$connection_upgrade { default upgrade; '' ''; }
  server {
    listen 127.0.0.1:$PROXY_PORT;
    location / {
      proxy_pass http://portico;
      proxy_http_version 1.1;
      proxy_set_header Host \$host:\$server_port;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_connect_timeout 1s;
      proxy_read_timeout 60s;
      proxy_next_upstream error timeout;
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
EOF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" >"$WORK/nginx/stdout.log" 2>&1 &
NGINX_PID=$!
proxy_up() {
  kill -0 "$NGINX_PID" 2>/dev/null || { cat "$WORK/nginx/stdout.log" "$WORK/nginx/error.log" 2>/dev/null; die "nginx exited"; }
  curl -fsS --max-time 2 -o /dev/null "http://127.0.0.1:$PROXY_PORT/api/v1/pulse"
}
if ! (wait_for "nginx" 20 proxy_up); then
  log "nginx's logs, and the pulse through it:"
  cat "$WORK/nginx/stdout.log" "$WORK/nginx/error.log" 2>/dev/null | tail -n 20 | sed 's/^/    /'
  curl -sS --max-time 2 -i "http://127.0.0.1:$PROXY_PORT/api/v1/pulse" 2>&1 | head -n 20 | sed 's/^/    /'
  die "nginx did not pass the pulse through"
fi

# --- 3. checks ---------------------------------------------------------------------------------
# A script applied twice would fail on its CREATE TABLE (and schema_version's primary key), so
# both instances up and one row per script of the jar is the proof.
scripts="$(jar tf "$JAR" | grep -c '^db/migration/postgresql/.*\.sql$' || true)"
applied="$(psql_admin -d portico -At -c "SELECT count(*) FROM schema_version")"
if [[ "$scripts" -gt 0 && "$applied" == "$scripts" ]]; then
  echo "ok - two instances started together on an empty database: $applied of $scripts migrations, each once"
else
  die "the migrations were not applied exactly once: $applied rows for $scripts scripts"
fi

check_rc=0
java -cp "$JAR:bootstrap/target/test-classes" dev.portico.bootstrap.cluster.ClusterCheck \
  --proxy "http://127.0.0.1:$PROXY_PORT" \
  --instance "http://127.0.0.1:$A1" --instance "http://127.0.0.1:$A2" \
  --kill-pid "${APP_PIDS[0]}" </dev/null || check_rc=$?
[[ $check_rc -eq 0 ]] || die "ClusterCheck exited with $check_rc"

# --- 4. faults, on the surviving instance ------------------------------------------------------
SURVIVOR="http://127.0.0.1:$A2"
FAULTS_FAILED=0
pass() { echo "ok - $*"; }
fail() { echo "not ok - $*"; FAULTS_FAILED=$((FAULTS_FAILED + 1)); }
# call METHOD PATH [curl args...]: sets CODE, BODY, HEADERS; never waits more than 10 s.
call() {
  local method="$1" path="$2"; shift 2
  CODE="$(curl -sS --max-time 10 -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' -X "$method" \
    -H 'X-Forwarded-For: 198.51.100.77' "$@" "$SURVIVOR$path" 2>/dev/null)" || CODE="no answer"
  BODY="$(cat "$WORK/body" 2>/dev/null)"; HEADERS="$(cat "$WORK/headers" 2>/dev/null)"
}
json_field() { # the first value of the key in BODY, quoted or not
  grep -o "\"$1\":\"\{0,1\}[^\",}]*" <<<"$BODY" | head -n 1 | sed "s/^\"$1\":\"\{0,1\}//" || true
}
pulse_is() { # pulse_is STATUS CHECK VALUE: polls the pulse for up to 15 s
  local _
  for _ in $(seq 1 75); do
    call GET /api/v1/pulse
    if [[ "$(json_field status)" == "$1" && "$BODY" == *"\"$2\":\"$3\""* ]]; then return 0; fi
    sleep 0.2
  done
  return 1
}

creds='{"username":"outage-'$RANDOM'","password":"Velvet-Harbor-Quartz-71"}'
call POST /api/v1/auth/register -H 'Content-Type: application/json' --data "$creds"
call POST /api/v1/auth/login -H 'Content-Type: application/json' --data "$creds"
TOKEN="$(json_field access_token)"
call POST /api/v1/shorten -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  --data '{"url":"https://example.com/outage"}'
CODE_OF_LINK="$(json_field code)"
call GET "/s/$CODE_OF_LINK"
[[ -n "$TOKEN" && "$CODE" == 302 ]] || die "could not set up the fault checks (last answer $CODE: $BODY)"

log "stopping Redis"
redis_stop
if pulse_is degraded redis down; then pass "Redis down: the pulse answers degraded with checks.redis down"
else fail "Redis down: the pulse said $CODE $BODY"; fi
call POST /api/v1/shorten -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  --data '{"url":"https://example.com/while-redis-is-down"}'
if [[ "$CODE" == 201 ]]; then pass "Redis down: a creation still succeeds, its limit counted in the instance"
else fail "Redis down: a creation answered $CODE $BODY"; fi
call POST /api/v1/auth/login -H 'Content-Type: application/json' --data "$creds"
if [[ "$CODE" == 200 ]]; then pass "Redis down: a login still succeeds"; else fail "Redis down: a login answered $CODE $BODY"; fi
redis_start
if pulse_is ok redis ok; then pass "Redis back: the pulse is ok again"; else fail "Redis back: the pulse said $CODE $BODY"; fi

# Redis's return dropped every cache (events may have been missed): follow the link once to cache it again.
call GET "/s/$CODE_OF_LINK"
log "stopping PostgreSQL"
postgres_stop
call POST /api/v1/shorten -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  --data '{"url":"https://example.com/while-the-database-is-down"}'
retry_after="$(tr -d '\r' <<<"$HEADERS" | awk -F': ' 'tolower($1) == "retry-after" { print $2 }')"
if [[ "$CODE" == 503 && "$(json_field code)" == UPSTREAM_UNAVAILABLE && "$retry_after" =~ ^[0-9]+$ \
      && "$BODY" != *SQL* && "$BODY" != *Exception* ]]; then
  pass "PostgreSQL down: a creation answers 503 UPSTREAM_UNAVAILABLE with Retry-After $retry_after, no SQL"
else
  fail "PostgreSQL down: a creation answered $CODE (Retry-After '${retry_after}') $BODY"
fi
redirects=0
for _ in $(seq 1 20); do call GET "/s/$CODE_OF_LINK"; [[ "$CODE" == 302 ]] && redirects=$((redirects + 1)); done
if [[ $redirects -eq 20 ]]; then pass "PostgreSQL down: the cached link still redirects (20 of 20)"
else fail "PostgreSQL down: the cached link redirected $redirects of 20 times (last $CODE)"; fi
call GET /s/not-cached-$RANDOM
retry_after="$(tr -d '\r' <<<"$HEADERS" | awk -F': ' 'tolower($1) == "retry-after" { print $2 }')"
if [[ "$CODE" == 503 && "$(json_field code)" == UPSTREAM_UNAVAILABLE && "$retry_after" =~ ^[0-9]+$ ]]; then
  pass "PostgreSQL down: a code not in the cache answers 503 UPSTREAM_UNAVAILABLE with Retry-After $retry_after"
else
  fail "PostgreSQL down: a code not in the cache answered $CODE (Retry-After '${retry_after}') $BODY"
fi
if pulse_is down database down; then pass "PostgreSQL down: the pulse answers 503 down with checks.database down"
else fail "PostgreSQL down: the pulse said $CODE $BODY"; fi
postgres_start
visits=""
for _ in $(seq 1 75); do
  call GET "/api/v1/links/$CODE_OF_LINK" -H "Authorization: Bearer $TOKEN"
  visits="$(json_field visits)"
  [[ "$CODE" == 200 && "$visits" == 22 ]] && break
  sleep 0.2
done
if [[ "$visits" == 22 ]]; then pass "PostgreSQL back: the 20 visits made while it was down were written (22 in all)"
else fail "PostgreSQL back: the link shows $visits visits, not 22 (last answer $CODE)"; fi

[[ $FAULTS_FAILED -eq 0 ]] || die "$FAULTS_FAILED fault check(s) failed"
log "all green"
