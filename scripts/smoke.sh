#!/usr/bin/env bash
# Smoke test against a running Portico server.
#
#   scripts/smoke.sh BASE_URL [ADMIN_URL]
#   scripts/smoke.sh http://127.0.0.1:8080 http://127.0.0.1:8081
#
# Prints one "ok - ..." / "not ok - ... (got ...)" line per check, then exactly one
# "N passed, M failed" line. Exits 1 if any check failed, 2 on bad usage.
# Needs only bash, curl, grep, sed and awk.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 || -z "${1:-}" ]]; then
  echo "usage: $0 BASE_URL [ADMIN_URL]" >&2
  exit 2
fi
command -v curl >/dev/null 2>&1 || { echo "smoke: curl is required" >&2; exit 2; }

BASE="${1%/}"
ADMIN="${2:-}"
ADMIN="${ADMIN%/}"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

PASSED=0
FAILED=0
N=0 # request counter

# Aggregated findings over every response (security headers, stack traces, Cache-Control).
SEC_PROBLEMS=""
LEAK_PROBLEMS=""
CACHE_PROBLEMS=""
SEC_SEEN=0
LEAK_SEEN=0
CACHE_SEEN=0

# Results of the last request.
STATUS=""
BODY_FILE=""
HDRS=""
REQ=""

# req [--no-leak-check] PATH [curl args...]
# Performs one request; sets STATUS, BODY_FILE, HDRS (header file) and REQ (label).
req() {
  local leak_check=1
  if [[ "$1" == "--no-leak-check" ]]; then leak_check=0; shift; fi
  local path="$1"; shift
  N=$((N + 1))
  HDRS="$TMP/h$N"
  local body_file="$TMP/b$N"
  BODY_FILE="$body_file"
  : >"$HDRS"; : >"$body_file"
  REQ="$path"
  STATUS="$(curl -sS --max-time 15 -o "$body_file" -D "$HDRS" -w '%{http_code}' "$@" "$BASE$path" 2>"$TMP/e$N")" || {
    STATUS="curl-error: $(head -c 200 "$TMP/e$N" | tr '\n' ' ')"
  }
  [[ -s "$HDRS" ]] || return 0

  # Security headers must be on every response.
  local problems=""
  [[ "$(hdr X-Content-Type-Options)" == "nosniff" ]] || problems+=" X-Content-Type-Options='$(hdr X-Content-Type-Options)'"
  [[ "$(hdr X-Frame-Options)" == "DENY" ]] || problems+=" X-Frame-Options='$(hdr X-Frame-Options)'"
  [[ "$(hdr Referrer-Policy)" == "no-referrer" ]] || problems+=" Referrer-Policy='$(hdr Referrer-Policy)'"
  [[ -n "$(hdr Content-Security-Policy)" ]] || problems+=" Content-Security-Policy missing"
  SEC_SEEN=$((SEC_SEEN + 1))
  [[ -z "$problems" ]] || SEC_PROBLEMS+="; $path:$problems"

  # Cache-Control: no-store on /api/**.
  if [[ "$path" == /api/* ]]; then
    CACHE_SEEN=$((CACHE_SEEN + 1))
    hdr Cache-Control | grep -qi 'no-store' || CACHE_PROBLEMS+="; $path: '$(hdr Cache-Control)'"
  fi

  # No stack traces or server internals in bodies.
  if [[ $leak_check -eq 1 ]]; then
    LEAK_SEEN=$((LEAK_SEEN + 1))
    local leak
    leak="$(grep -Eo -i 'exception|at dev\.portico|jetty' "$body_file" | head -n 1 || true)"
    [[ -z "$leak" ]] || LEAK_PROBLEMS+="; $path: '$leak'"
  fi
  return 0
}

# hdr NAME: value of response header NAME of the last request (case-insensitive, last occurrence).
hdr() {
  awk -v name="$1" '
    BEGIN { name = tolower(name) }
    {
      sub(/\r$/, "")
      i = index($0, ":")
      if (i > 0 && tolower(substr($0, 1, i - 1)) == name) {
        v = substr($0, i + 1); sub(/^[ \t]+/, "", v); sub(/[ \t]+$/, "", v); last = v
      }
    }
    END { printf "%s", last }' "$HDRS"
}

# jstr KEY: string value of "KEY":"..." in the last body (flat envelopes, no escaped quotes).
# Pipelines read files rather than `printf "$BODY" |`, so an early-exiting grep cannot SIGPIPE
# the producer and turn a pass into a failure under pipefail.
jstr() {
  sed -n 's/.*"'"$1"'"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' "$BODY_FILE" | head -n 1 || true
}

short_body() {
  head -c 160 "$BODY_FILE" | tr '\r\n' '  ' || true
}

# result WHAT PROBLEMS: PROBLEMS empty means the check passed.
result() {
  local got="$2"
  if [[ -z "$got" ]]; then
    PASSED=$((PASSED + 1)); echo "ok - $1"
  else
    got="$(printf '%s' "$got" | sed -e 's/^[; ]*//' -e 's/[; ]*$//')"
    (( ${#got} <= 500 )) || got="${got:0:500}..."
    FAILED=$((FAILED + 1)); echo "not ok - $1 (got ${got:-?})"
  fi
}

# envelope_problems STATUS CODE [FIELD]: checks the error envelope of the last response.
envelope_problems() {
  local want_status="$1" want_code="$2" want_field="${3:-}" p=""
  if [[ "$STATUS" == curl-error* ]]; then printf '%s' "$STATUS"; return 0; fi
  [[ "$STATUS" == "$want_status" ]] || p+=" status $STATUS;"
  local ct; ct="$(hdr Content-Type)"
  printf '%s' "$ct" | grep -qi '^application/json' || p+=" Content-Type '$ct';"
  grep -q '^{"error":{' "$BODY_FILE" || p+=" body not an error envelope;"
  local code; code="$(jstr code)"
  [[ "$code" == "$want_code" ]] || p+=" code '$code';"
  [[ -n "$(jstr message)" ]] || p+=" empty message;"
  if [[ -n "$want_field" ]]; then
    local field; field="$(jstr field)"
    [[ "$field" == "$want_field" ]] || p+=" field '$field';"
  fi
  local rid hid; rid="$(jstr request_id)"; hid="$(hdr X-Request-Id)"
  [[ -n "$rid" && "$rid" == "$hid" ]] || p+=" request_id '$rid' vs X-Request-Id '$hid';"
  [[ -z "$p" ]] || p+=" body: $(short_body)"
  printf '%s' "$p"
}

GENERATED_ID_RE='^req_[0-9a-f]{16}$'

# 1. pulse
req /api/v1/pulse
p=""
if [[ "$STATUS" == curl-error* ]]; then p="$STATUS"; else
[[ "$STATUS" == "200" ]] || p+=" status $STATUS;"
hdr Content-Type | grep -qi '^application/json' || p+=" Content-Type '$(hdr Content-Type)';"
[[ "$(jstr status)" == "ok" ]] || p+=" status field '$(jstr status)';"
grep -q '"database"[[:space:]]*:[[:space:]]*"ok"' "$BODY_FILE" || p+=" database check not ok;"
grep -Eq '"uptime_seconds"[[:space:]]*:[[:space:]]*[0-9]+' "$BODY_FILE" || p+=" no uptime_seconds;"
hdr X-Request-Id | grep -Eq "$GENERATED_ID_RE" || p+=" X-Request-Id '$(hdr X-Request-Id)';"
[[ -z "$p" ]] || p+=" body: $(short_body)"
fi
result "GET /api/v1/pulse is 200 with status ok, database ok and a generated request id" "$p"

# 2. unknown path
req /nope
result "GET /nope is 404 NOT_FOUND envelope" "$(envelope_problems 404 NOT_FOUND)"

# 3. wrong method
req /api/v1/pulse -X DELETE
p="$(envelope_problems 405 METHOD_NOT_ALLOWED)"
hdr Allow | grep -q 'GET' || p+=" Allow '$(hdr Allow)'"
result "DELETE /api/v1/pulse is 405 METHOD_NOT_ALLOWED envelope with Allow header" "$p"

# 4. content negotiation
req /api/v1/pulse -H 'Accept: text/html'
result "GET /api/v1/pulse with Accept text/html is 406 NOT_ACCEPTABLE envelope" "$(envelope_problems 406 NOT_ACCEPTABLE)"

# 5. token in the URL
req '/api/v1/pulse?access_token=x'
result "GET /api/v1/pulse?access_token=x is 400 VALIDATION_ERROR on field access_token" \
  "$(envelope_problems 400 VALIDATION_ERROR access_token)"

# 6. oversized header
big="$(head -c 9000 /dev/zero | tr '\0' 'a')"
req /api/v1/pulse -H "X-Big: $big"
result "a 9000-byte header is 431 BAD_REQUEST envelope" "$(envelope_problems 431 BAD_REQUEST)"

# 6b. a 400 from Jetty itself (an encoded dot segment) is VALIDATION_ERROR, like every 400
req '/api/v1/%2e%2e/x' --path-as-is
result "GET /api/v1/%2e%2e/x is 400 VALIDATION_ERROR envelope" "$(envelope_problems 400 VALIDATION_ERROR)"

# 7. oversized body (declared length; no body is sent, the server must refuse on the header)
req /api/v1/pulse -X POST -H 'Content-Type: application/json' -H 'Content-Length: 20000'
result "POST with Content-Length 20000 is 413 PAYLOAD_TOO_LARGE envelope" "$(envelope_problems 413 PAYLOAD_TOO_LARGE)"

# 8. well-formed inbound request id is kept (header and envelope)
inbound="smoke.Test-01_$(date +%s)"
req /nope -H "X-Request-Id: $inbound"
p="$(envelope_problems 404 NOT_FOUND)"
[[ "$(hdr X-Request-Id)" == "$inbound" ]] || p+=" X-Request-Id '$(hdr X-Request-Id)' instead of '$inbound';"
[[ "$(jstr request_id)" == "$inbound" ]] || p+=" request_id '$(jstr request_id)';"
req /api/v1/pulse -H "X-Request-Id: $inbound"
[[ "$(hdr X-Request-Id)" == "$inbound" ]] || p+=" pulse X-Request-Id '$(hdr X-Request-Id)';"
result "a well-formed inbound X-Request-Id is echoed in the header and request_id" "$p"

# 9. malformed inbound request ids are replaced
p=""
for bad in 'bad!id' 'has space' "$(head -c 65 /dev/zero | tr '\0' 'x')"; do
  req /nope -H "X-Request-Id: $bad"
  hid="$(hdr X-Request-Id)"
  if [[ "$hid" == "$bad" ]] || ! printf '%s' "$hid" | grep -Eq "$GENERATED_ID_RE"; then
    p+=" for '${bad:0:20}': X-Request-Id '$hid';"
  fi
  [[ "$(jstr request_id)" == "$hid" ]] || p+=" for '${bad:0:20}': request_id '$(jstr request_id)';"
done
result "malformed inbound X-Request-Id values are replaced by req_ + 16 hex" "$p"

# 10. OpenAPI document
req --no-leak-check /openapi.json
p=""
[[ "$STATUS" == "200" ]] || p+=" status $STATUS;"
hdr Content-Type | grep -qi 'json' || p+=" Content-Type '$(hdr Content-Type)';"
grep -q '"openapi"' "$BODY_FILE" || p+=" no \"openapi\" key: $(short_body)"
result "GET /openapi.json is 200 JSON with an openapi key" "$p"

# 11. Swagger UI
req --no-leak-check /docs/
p=""
[[ "$STATUS" == "200" ]] || p+=" status $STATUS;"
hdr Content-Type | grep -qi '^text/html' || p+=" Content-Type '$(hdr Content-Type)'"
result "GET /docs/ is 200 text/html" "$p"

# 12. admin health check (only if ADMIN_URL was given)
if [[ -n "$ADMIN" ]]; then
  : >"$TMP/admin"
  code="$(curl -sS --max-time 15 -o "$TMP/admin" -w '%{http_code}' "$ADMIN/healthcheck" 2>"$TMP/admin.err")" ||
    code="curl-error: $(head -c 200 "$TMP/admin.err" | tr '\n' ' ')"
  p=""
  [[ "$code" == "200" ]] || p+=" status $code: $(head -c 200 "$TMP/admin" | tr '\n' ' ')"
  result "admin GET /healthcheck is 200" "$p"
fi

# 13. accounts: register, login, me, refresh, and a missing token
SMOKE_USER="smoke-$(date +%s)-$$"
SMOKE_PASS="Velvet-Harbor-Quartz-71"
CREDS="{\"username\":\"$SMOKE_USER\",\"password\":\"$SMOKE_PASS\"}"
req /api/v1/auth/register -X POST -H 'Content-Type: application/json' --data "$CREDS"
p=""
[[ "$STATUS" == "201" ]] || p+=" status $STATUS: $(short_body)"
[[ "$(jstr username)" == "$SMOKE_USER" ]] || p+=" username '$(jstr username)'"
result "POST /api/v1/auth/register is 201 with the account" "$p"

req --no-leak-check /api/v1/auth/login -X POST -H 'Content-Type: application/json' --data "$CREDS"
ACCESS="$(jstr access_token)"; REFRESH="$(jstr refresh_token)"
p=""
[[ "$STATUS" == "200" ]] || p+=" status $STATUS: $(short_body)"
[[ -n "$ACCESS" && -n "$REFRESH" ]] || p+=" no token pair"
hdr Set-Cookie | grep -q '^refresh_token=.*HttpOnly' || p+=" no HttpOnly refresh_token cookie"
hdr RateLimit-Policy | grep -q 'q=' || p+=" no RateLimit-Policy"
result "POST /api/v1/auth/login is 200 with a token pair and the cookie" "$p"

req /api/v1/auth/me -H "Authorization: Bearer $ACCESS"
p=""
[[ "$STATUS" == "200" ]] || p+=" status $STATUS: $(short_body)"
[[ "$(jstr username)" == "$SMOKE_USER" ]] || p+=" username '$(jstr username)'"
result "GET /api/v1/auth/me with the access token is 200" "$p"

req --no-leak-check /api/v1/auth/refresh -X POST -H 'Content-Type: application/json' --data "{\"refresh_token\":\"$REFRESH\"}"
p=""
[[ "$STATUS" == "200" ]] || p+=" status $STATUS: $(short_body)"
[[ -n "$(jstr refresh_token)" && "$(jstr refresh_token)" != "$REFRESH" ]] || p+=" refresh token not rotated"
result "POST /api/v1/auth/refresh rotates the refresh token" "$p"

req /api/v1/auth/refresh -X POST -H 'Content-Type: application/json' --data "{\"refresh_token\":\"$REFRESH\"}"
result "replaying the old refresh token is 401 AUTH_REQUIRED" "$(envelope_problems 401 AUTH_REQUIRED)"

req /api/v1/auth/me
p="$(envelope_problems 401 AUTH_REQUIRED)"
hdr WWW-Authenticate | grep -q '^Bearer' || p+=" no WWW-Authenticate: Bearer"
result "GET /api/v1/auth/me without a token is 401 with a Bearer challenge" "$p"

# 14. links: shorten, follow, unknown code, someone else's link
req /api/v1/shorten -X POST -H "Authorization: Bearer $ACCESS" -H 'Content-Type: application/json' \
  --data '{"url":"https://example.com/smoke-target"}'
CODE="$(jstr code)"
p=""
[[ "$STATUS" == "201" ]] || p+=" status $STATUS: $(short_body)"
[[ -n "$CODE" ]] || p+=" no code"
hdr Location | grep -q "^/api/v1/links/$CODE" || p+=" Location '$(hdr Location)'"
result "POST /api/v1/shorten is 201 with a code and a Location" "$p"

req "/s/$CODE" -H 'Referer: https://smoke.example/page'
p=""
[[ "$STATUS" == "302" ]] || p+=" status $STATUS: $(short_body)"
[[ "$(hdr Location)" == "https://example.com/smoke-target" ]] || p+=" Location '$(hdr Location)'"
[[ "$(hdr X-Request-Id)" =~ $GENERATED_ID_RE ]] || p+=" X-Request-Id '$(hdr X-Request-Id)'"
result "GET /s/{code} redirects 302 to the target, with a request id" "$p"

req /s/no-such-code-here
result "GET /s/{unknown} is 404 NOT_FOUND" "$(envelope_problems 404 NOT_FOUND)"

req "/api/v1/links/$CODE" -H "Authorization: Bearer $ACCESS"
p=""
[[ "$STATUS" == "200" ]] || p+=" status $STATUS: $(short_body)"
[[ -n "$(hdr ETag)" ]] || p+=" no ETag"
result "GET /api/v1/links/{code} is 200 with an ETag" "$p"

# 15. quotes: v2 with a share class, v1 with its deprecation headers, an invalid symbol
req /api/v2/quote/brk-b -H "Authorization: Bearer $ACCESS"
p=""
[[ "$STATUS" == "200" ]] || p+=" status $STATUS: $(short_body)"
[[ "$(jstr symbol)" == "BRK.B" ]] || p+=" symbol '$(jstr symbol)'"
grep -q '"price":"[0-9]' "$BODY_FILE" || p+=" price is not a decimal string"
result "GET /api/v2/quote/brk-b is 200 for BRK.B with a decimal-string price" "$p"

req /api/v1/quote/CSCO -H "Authorization: Bearer $ACCESS"
p=""
[[ "$STATUS" == "200" ]] || p+=" status $STATUS: $(short_body)"
hdr Deprecation | grep -q '^@[0-9]' || p+=" Deprecation '$(hdr Deprecation)'"
hdr Sunset | grep -q 'GMT$' || p+=" Sunset '$(hdr Sunset)'"
hdr Link | grep -q 'successor-version' || p+=" Link '$(hdr Link)'"
result "GET /api/v1/quote/CSCO is 200 with Deprecation, Sunset and Link" "$p"

req /api/v1/quote/CSCO1 -H "Authorization: Bearer $ACCESS"
result "GET /api/v1/quote/CSCO1 is 400 on symbol" "$(envelope_problems 400 VALIDATION_ERROR symbol)"

# Aggregates over every response above.
(( SEC_SEEN > 0 )) || SEC_PROBLEMS="no responses"
(( CACHE_SEEN > 0 )) || CACHE_PROBLEMS="no responses"
(( LEAK_SEEN > 0 )) || LEAK_PROBLEMS="no responses"
result "security headers on all $SEC_SEEN responses" "$SEC_PROBLEMS"
result "Cache-Control no-store on all $CACHE_SEEN /api/ responses" "$CACHE_PROBLEMS"
result "no stack traces or server internals in $LEAK_SEEN response bodies" "$LEAK_PROBLEMS"

echo "$PASSED passed, $FAILED failed"
[[ $FAILED -eq 0 ]]
