#!/usr/bin/env bash
# Runs scripts/bench-redirect.sh twice in one go, first against an earlier build's jar, then against
# bootstrap/target/portico.jar, so a change's effect on the redirect is measured on the same machine,
# minutes apart, each with its own nginx and bare Dropwizard references; then prints both summaries.
#
#   scripts/bench-redirect-compare.sh BEFORE_JAR [DURATION_SECONDS] [LINKS]
#
# Build the earlier jar from a worktree: git worktree add /tmp/before <commit> &&
# (cd /tmp/before && mvn -q -DskipTests package) && cp /tmp/before/bootstrap/target/portico.jar before.jar
# Exits non-zero when either run does (a redirect neither counted nor dropped, or a drop below saturation).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BEFORE="${1:?usage: $0 BEFORE_JAR [DURATION_SECONDS] [LINKS]}"
shift
[[ -f "$BEFORE" ]] || { echo "bench-redirect-compare: $BEFORE not found" >&2; exit 2; }
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
status=0
PORTICO_JAR="$BEFORE" scripts/bench-redirect.sh "$@" | tee "$OUT/before.txt" || status=1
scripts/bench-redirect.sh "$@" | tee "$OUT/after.txt" || status=1
echo
echo "== before ($BEFORE)"
sed -n '/^== summary/,$p' "$OUT/before.txt"
echo "== after (bootstrap/target/portico.jar)"
sed -n '/^== summary/,$p' "$OUT/after.txt"
rps() { awk '/^   Portico GET/ { print $(NF-1) }' "$1"; }
awk -v a="$(rps "$OUT/after.txt")" -v b="$(rps "$OUT/before.txt")" \
  'BEGIN { if (a > 0 && b > 0) printf "   after / before: %.2fx\n", a / b }'
exit "$status"
