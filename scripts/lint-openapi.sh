#!/usr/bin/env bash
# Lints the committed openapi.yaml with Redocly CLI (ruleset `recommended`) and Spectral (ruleset
# `spectral:oas`), at the exact versions in tools/openapi-lint/package-lock.json, installed with
# `npm ci`. Exits non-zero on any error or warning from either linter.
#   usage: scripts/lint-openapi.sh [DOCUMENT]   (default: openapi.yaml at the repository root)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
TOOLS="$ROOT/tools/openapi-lint"
DOCUMENT="$(realpath "${1:-$ROOT/openapi.yaml}")"

log() { echo "==> [lint-openapi] $*"; }

for tool in node npm; do
  command -v "$tool" >/dev/null 2>&1 || { log "required tool '$tool' not found"; exit 2; }
done
# Redocly CLI 2.x runs on Node.js 20.19+ (or 22.12+).
if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)'; then
  log "Node.js $(node --version) is too old: Redocly CLI needs 20.19 or later"
  exit 2
fi
[[ -f "$DOCUMENT" ]] || { log "no such document: $DOCUMENT"; exit 2; }

log "npm ci in tools/openapi-lint (node $(node --version), npm $(npm --version))"
# --ignore-scripts: nothing the linters need runs at install time (it would only be telemetry).
(cd "$TOOLS" && npm ci --ignore-scripts --no-audit --no-fund --prefer-offline --loglevel=error </dev/null)

export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
REDOCLY="$TOOLS/node_modules/.bin/redocly"
SPECTRAL="$TOOLS/node_modules/.bin/spectral"
REPORT="$(mktemp)"
trap 'rm -f "$REPORT"' EXIT

redocly_rc=0
log "redocly $("$REDOCLY" --version 2>/dev/null) lint (recommended)"
"$REDOCLY" lint --config "$TOOLS/redocly.yaml" --lint-config error --format stylish "$DOCUMENT" </dev/null || redocly_rc=$?
# Redocly exits 0 on warnings, so its counts decide; an ignore file would hide problems, so those count too.
"$REDOCLY" lint --config "$TOOLS/redocly.yaml" --lint-config error --format json "$DOCUMENT" </dev/null \
  >"$REPORT" 2>/dev/null || true
if ! totals="$(node -e '
    const totals = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).totals;
    console.log(`${totals.errors} errors, ${totals.warnings} warnings, ${totals.ignored} ignored`);
    process.exit(totals.errors + totals.warnings + totals.ignored === 0 ? 0 : 1);' "$REPORT")"; then
  redocly_rc=1
fi
log "redocly: ${totals:-no report}"

spectral_rc=0
log "spectral $("$SPECTRAL" --version 2>/dev/null) lint (spectral:oas)"
"$SPECTRAL" lint --ruleset "$TOOLS/.spectral.yaml" --fail-severity warn "$DOCUMENT" </dev/null || spectral_rc=$?

if [[ $redocly_rc -ne 0 || $spectral_rc -ne 0 ]]; then
  log "FAILED: redocly rc=$redocly_rc, spectral rc=$spectral_rc"
  exit 1
fi
log "openapi.yaml: 0 errors and 0 warnings from both linters"
