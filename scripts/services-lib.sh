# PostgreSQL and Redis for scripts that need real ones (cluster-test.sh, bench-postgres.sh); sourced.
#
# services_install           apt-get installs postgresql and redis-server when missing (and nginx
#                            with SERVICES_WITH_NGINX=1), as root or with sudo
# services_start_postgres DIR  initdb in DIR (as nobody when run as root: PostgreSQL refuses root),
#                            starts it on a free loopback port with a role and database `portico`;
#                            sets PG_PORT, PG_URL (JDBC, no credentials) and DB_PASSWORD
# services_start_redis DIR   starts redis-server on a free loopback port, nothing persisted; sets
#                            REDIS_PORT and REDIS_URL
# services_stop              stops what the two started (call it from the caller's EXIT trap)
# postgres_stop / postgres_start, redis_stop / redis_start: stop one and start it again on the same
#                            port with the same data, for fault tests
# psql_admin ARGS...         psql as the superuser over the server's socket
# take_port NAME             sets NAME to a free loopback port, never one it gave before

SERVICES_PG_DIR=""
SERVICES_REDIS_PID=""
SERVICES_REDIS_DIR=""
SERVICES_TAKEN=" "

services_log() { echo "==> [${BENCH_NAME:-services}] $*"; }

services_install() {
  local sudo="" missing=()
  if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  if [[ "${SERVICES_WITH_NGINX:-0}" == 1 ]]; then command -v nginx >/dev/null 2>&1 || missing+=(nginx); fi
  if [[ ${#missing[@]} -gt 0 ]]; then
    services_log "installing ${missing[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq </dev/null
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null
  fi
  PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# take_port NAME: sets NAME to a loopback port nobody listens on and that no earlier take_port gave.
# It assigns rather than prints: in a $(...) subshell the list of ports given would be lost.
take_port() {
  local p i
  for i in $(seq 1 200); do
    p=$(( 20000 + (RANDOM * 32768 + RANDOM) % 12000 ))  # below the ephemeral range (32768-), so no outgoing connection holds it
    [[ "$SERVICES_TAKEN" != *" $p "* ]] || continue
    if ! port_in_use "$p"; then SERVICES_TAKEN="$SERVICES_TAKEN$p "; printf -v "$1" '%s' "$p"; return 0; fi
  done
  return 1
}

as_pg() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u nobody -- "$@"; else "$@"; fi
}

psql_admin() { as_pg "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SERVICES_PG_DIR" -p "$PG_PORT" -U postgres "$@"; }

services_start_postgres() {
  SERVICES_PG_DIR="$1"
  take_port PG_PORT
  DB_PASSWORD="$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
  mkdir -p "$SERVICES_PG_DIR"
  chmod 755 "$(dirname "$SERVICES_PG_DIR")"
  echo "$DB_PASSWORD" >"$SERVICES_PG_DIR/superuser-password"
  if [[ $(id -u) -eq 0 ]]; then chown -R nobody "$SERVICES_PG_DIR"; fi
  as_pg "$PGBIN/initdb" -D "$SERVICES_PG_DIR/data" -U postgres -E UTF8 --auth-local=trust \
    --auth-host=scram-sha-256 --pwfile="$SERVICES_PG_DIR/superuser-password" >"$SERVICES_PG_DIR/initdb.log" 2>&1 ||
    { cat "$SERVICES_PG_DIR/initdb.log" >&2; return 1; }
  as_pg "$PGBIN/pg_ctl" -D "$SERVICES_PG_DIR/data" -l "$SERVICES_PG_DIR/server.log" -w \
    -o "-p $PG_PORT -k $SERVICES_PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null ||
    { cat "$SERVICES_PG_DIR/server.log" >&2; return 1; }
  psql_admin -d postgres -c "CREATE ROLE portico LOGIN PASSWORD '$DB_PASSWORD'" -c "CREATE DATABASE portico OWNER portico"
  PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/portico"
  services_log "PostgreSQL $("$PGBIN/postgres" --version | awk "{print \$3}") on 127.0.0.1:$PG_PORT"
}

redis_ping() {
  exec 3<>"/dev/tcp/127.0.0.1/$REDIS_PORT" && printf 'PING\r\n' >&3 && read -r -t 2 reply <&3 && [[ "$reply" == +PONG* ]]
}

services_start_redis() {
  SERVICES_REDIS_DIR="$1"
  take_port REDIS_PORT
  redis_start
}

redis_start() {
  local dir="$SERVICES_REDIS_DIR" _
  mkdir -p "$dir"
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$dir" --save "" --appendonly no \
    >"$dir/server.log" 2>&1 &
  SERVICES_REDIS_PID=$!
  for _ in $(seq 1 50); do
    if (redis_ping) 2>/dev/null; then
      REDIS_URL="redis://127.0.0.1:$REDIS_PORT"
      services_log "Redis $(redis-server --version | awk "{print \$3}" | tr -d "v=") on 127.0.0.1:$REDIS_PORT"
      return 0
    fi
    sleep 0.2
  done
  cat "$dir/server.log" >&2
  return 1
}

redis_stop() {
  if [[ -n "$SERVICES_REDIS_PID" ]] && kill -0 "$SERVICES_REDIS_PID" 2>/dev/null; then
    kill "$SERVICES_REDIS_PID" 2>/dev/null || true
    wait "$SERVICES_REDIS_PID" 2>/dev/null || true
  fi
  SERVICES_REDIS_PID=""
}

postgres_stop() {
  as_pg "$PGBIN/pg_ctl" -D "$SERVICES_PG_DIR/data" -m fast -w stop >/dev/null
}

postgres_start() {
  as_pg "$PGBIN/pg_ctl" -D "$SERVICES_PG_DIR/data" -l "$SERVICES_PG_DIR/server.log" -w \
    -o "-p $PG_PORT -k $SERVICES_PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null
}

services_stop() {
  redis_stop
  if [[ -n "$SERVICES_PG_DIR" && -f "$SERVICES_PG_DIR/data/postmaster.pid" ]]; then
    as_pg "$PGBIN/pg_ctl" -D "$SERVICES_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
}
