#!/usr/bin/env bash
# Builds Portico and runs it locally with config.yml (http://localhost:8080, admin on :8081).
#
#   scripts/run-dev.sh              build (tests skipped), then run
#   scripts/run-dev.sh --no-build   run the existing bootstrap/target/portico.jar
#
# JWT_SECRET (at least 32 bytes) is taken from the environment; if unset, a throwaway one is
# generated for this run. JAVA_OPTS is passed to the JVM, e.g.
#   JAVA_OPTS='-Ddw.server.applicationConnectors[0].port=9090' scripts/run-dev.sh
# Needs only Java 17 and Maven.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

build=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run-dev: unknown argument '$arg' (only --no-build is supported)" >&2; exit 2 ;;
  esac
done

JAR=bootstrap/target/portico.jar

command -v java >/dev/null 2>&1 || { echo "run-dev: java not found; install Java 17" >&2; exit 1; }

if [[ $build -eq 1 ]]; then
  command -v mvn >/dev/null 2>&1 || { echo "run-dev: mvn not found; install Maven or use --no-build" >&2; exit 1; }
  echo "run-dev: building (mvn -B -ntp -q -DskipTests package)..." >&2
  mvn -B -ntp -q -DskipTests package
fi

[[ -f "$JAR" ]] || { echo "run-dev: $JAR not found; run without --no-build" >&2; exit 1; }

mkdir -p data

if [[ -z "${JWT_SECRET:-}" ]]; then
  JWT_SECRET="$(head -c 48 /dev/urandom | base64 | tr -d '\n')"
  export JWT_SECRET
  {
    echo "WARNING: JWT_SECRET is not set; using a random throwaway development secret."
    echo "WARNING: every token issued now becomes invalid when the server restarts."
    echo "WARNING: never run like this outside local development; set JWT_SECRET (>= 32 bytes)."
  } >&2
fi

# shellcheck disable=SC2086 # JAVA_OPTS is deliberately word-split
exec java ${JAVA_OPTS:-} -jar "$JAR" server config.yml
