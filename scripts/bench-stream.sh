#!/usr/bin/env bash
# Benchmarks the WebSocket stream: N connections subscribed to a few symbols.
#
#   scripts/bench-stream.sh [CONNECTIONS] [SECONDS]     (defaults 1000 and 20)
#
# Starts bootstrap/target/portico.jar (see bench-lib.sh; the per-user connection limit raised),
# logs in, and runs dev.portico.bootstrap.bench.StreamBenchmark from the bootstrap test classes
# (built with test-compile when missing): it opens CONNECTIONS WebSocket connections with the JDK
# client, subscribes each to 5 symbols, and reports the quotes received, the delay from the
# simulated market's tick (its whole-second step) to each client, the fan-out delay after the first
# receiver, and the server's heap (admin metrics) before and during. The default simulated market
# (quoteFeed.simulated.hours: continuous) ticks at any hour; with hours: exchange, updates flow only
# 09:30-16:00 America/New_York on weekdays. PORTICO_JAR picks another build's jar (see bench-lib.sh).
# Needs java, curl and python3. Build first: mvn -q -DskipTests package
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BENCH_NAME=bench-stream
CONNECTIONS="${1:-1000}"
SECONDS_TO_RUN="${2:-20}"
JAVA_OPTS="${JAVA_OPTS:-} -Ddw.stream.maxConnectionsPerUser=100000 -Ddw.stream.maxConnections=100000"
export JAVA_OPTS
# shellcheck source=scripts/bench-lib.sh
source scripts/bench-lib.sh
bench_require
[[ -d bootstrap/target/test-classes/dev/portico/bootstrap/bench ]] ||
  mvn -B -ntp -q -DskipTests test-compile -pl bootstrap -am >/dev/null
bench_start
bench_login

heap() {
  curl -sf "http://127.0.0.1:$ADMIN_PORT/metrics" |
    python3 -c 'import json,sys; g=json.load(sys.stdin)["gauges"]; print("%.0f MiB" % (g["jvm.memory.heap.used"]["value"] / 1048576))'
}
echo "server heap before: $(heap)"
java -Xss256k -cp "bootstrap/target/portico.jar:bootstrap/target/test-classes" dev.portico.bootstrap.bench.StreamBenchmark \
  "ws://127.0.0.1:$PORT/api/v1/stream" "$ACCESS" "$CONNECTIONS" "$SECONDS_TO_RUN" "CSCO,AAPL,MSFT,BRK.B,NVDA" &
BENCH=$!
sleep $((SECONDS_TO_RUN / 2 + 10))
echo "server heap with $CONNECTIONS connections: $(heap)"
wait $BENCH
