#!/usr/bin/env bash
# Benchmarks logins and a cheap authenticated GET with wrk, against the built jar.
#
#   scripts/bench-auth.sh [DURATION_SECONDS]     (default 15)
#
# Starts bootstrap/target/portico.jar on free ports with the shipped config.yml (600,000 PBKDF2
# iterations, hashing threads by default half the processors) but the per-IP and per-user limits
# raised so they don't cut the load, then measures:
#   1. GET /api/v1/auth/me alone (64 connections),
#   2. POST /api/v1/auth/login with 4 connections (within the hashing capacity) and with 50 (the
#      bounded pool answers 429 when its threads and queue are full, before reading the body),
#   3. GET /api/v1/auth/me again while 50 connections hammer /login.
# scripts/bench-flood.sh measures what such a flood does to the redirect and the quote, with ratios.
# Needs java, curl and wrk (apt-get install -y wrk). Build first: mvn -q -DskipTests package
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

DURATION="${1:-15}"
JAR=bootstrap/target/portico.jar
command -v wrk >/dev/null || { echo "bench-auth: wrk not found (apt-get install -y wrk)" >&2; exit 1; }
[[ -f "$JAR" ]] || { echo "bench-auth: $JAR not found; run mvn -q -DskipTests package" >&2; exit 1; }

WORK="$(mktemp -d)"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PORT="$(free_port)"; ADMIN_PORT="$(free_port)"
BASE="http://127.0.0.1:$PORT"
export JWT_SECRET="${JWT_SECRET:-$(head -c 48 /dev/urandom | base64 | tr -d '\n')}"

java -XX:ThreadPriorityPolicy=1 -Ddw.database.path="$WORK/bench.db" \
     -Ddw.server.applicationConnectors[0].port="$PORT" -Ddw.server.adminConnectors[0].port="$ADMIN_PORT" \
     -Ddw.rateLimits.auth.limit=100000000 -Ddw.rateLimits.api.limit=100000000 \
     -Ddw.logging.level=WARN \
     -jar "$JAR" server config.yml >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 60); do curl -sf -o /dev/null "$BASE/api/v1/pulse" && break; sleep 0.5; done

USER="bench-$$"; PASS="Velvet-Harbor-Quartz-71"
CREDS="{\"username\":\"$USER\",\"password\":\"$PASS\"}"
curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' --data "$CREDS" "$BASE/api/v1/auth/register"
ACCESS="$(curl -sf -X POST -H 'Content-Type: application/json' --data "$CREDS" "$BASE/api/v1/auth/login" \
  | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"

start=$(date +%s%N)
for _ in $(seq 1 10); do
  curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' --data "$CREDS" "$BASE/api/v1/auth/login"
done
echo "one client, 10 sequential logins: $(( ($(date +%s%N) - start) / 10000000 )) ms per login"

cat >"$WORK/login.lua" <<LUA
wrk.method = "POST"
wrk.body = '$CREDS'
wrk.headers["Content-Type"] = "application/json"
LUA
summary() { grep -E 'Requests/sec|Latency|99%|50%|Non-2xx|requests in'; }
# Logins answered 200: every login here has the right password, so anything else was a 429.
accepted() {
  awk '/requests in/ { total = $1 } /Non-2xx/ { refused = $NF } END { printf "   logins accepted: %d of %d (%.1f/s); refused with 429: %d\n", total - refused, total, (total - refused) / secs, refused }' secs="$1"
}

echo "== warm-up: 10 s of GET /api/v1/auth/me"
wrk -t2 -c64 -d10s -H "Authorization: Bearer $ACCESS" "$BASE/api/v1/auth/me" >/dev/null

echo "== GET /api/v1/auth/me alone (64 connections, ${DURATION}s)"
wrk -t2 -c64 -d"${DURATION}s" --latency -H "Authorization: Bearer $ACCESS" "$BASE/api/v1/auth/me" | summary

echo "== POST /api/v1/auth/login, 4 connections (fits in the hashing queue: its capacity, ${DURATION}s)"
wrk -t1 -c4 -d"${DURATION}s" --latency -s "$WORK/login.lua" "$BASE/api/v1/auth/login" >"$WORK/login4.txt"
summary <"$WORK/login4.txt"; accepted "$DURATION" <"$WORK/login4.txt"

echo "== POST /api/v1/auth/login alone (50 connections, ${DURATION}s)"
wrk -t1 -c50 -d"${DURATION}s" --latency -s "$WORK/login.lua" "$BASE/api/v1/auth/login" >"$WORK/login.txt"
summary <"$WORK/login.txt"; accepted "$DURATION" <"$WORK/login.txt"

echo "== GET /api/v1/auth/me (64 connections) while 50 connections hammer /login"
wrk -t1 -c50 -d"$((DURATION + 4))s" -s "$WORK/login.lua" "$BASE/api/v1/auth/login" >"$WORK/flood.txt" &
FLOOD=$!
sleep 2
wrk -t2 -c64 -d"${DURATION}s" --latency -H "Authorization: Bearer $ACCESS" "$BASE/api/v1/auth/me" | summary
wait $FLOOD
echo "   (the flood itself:)"; summary <"$WORK/flood.txt"; accepted "$((DURATION + 4))" <"$WORK/flood.txt"
