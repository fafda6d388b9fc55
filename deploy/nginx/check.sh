#!/usr/bin/env bash
# Runs deploy/nginx/pendopo.conf for real, on this machine, in front of a Pendopo built in this checkout
# (`npm run build` first), and checks through it what docs/deploy.md promises: TLS, /healthz, /wall, the
# socket's WebSocket upgrade with a live event, polling refused, a quiet socket kept past nginx's read
# timeout, the session cookie marked Secure, and each client rate-limited by its own address.
#
# Everything it starts lives in a temporary folder, listens on 127.0.0.1 only, and is stopped on exit.
# Needs: nginx, openssl, curl, node. Ports: APP_PORT (18080), HTTP_PORT (18880), TLS_PORT (18443).
# HOLD_SECONDS (90) is how long the quiet socket is held; 0 skips that check. With DATABASE_URL set (an
# empty database), the server runs on PostgreSQL instead of a temporary SQLite file.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
APP_PORT=${APP_PORT:-18080}
HTTP_PORT=${HTTP_PORT:-18880}
TLS_PORT=${TLS_PORT:-18443}
HOLD_SECONDS=${HOLD_SECONDS:-90}
TOKEN=pendopo-demo-admin-token
BASE="https://localhost:${TLS_PORT}"

[ -f "$ROOT/server/dist/src/main.js" ] && [ -f "$ROOT/web/dist/index.html" ] ||
  { echo "build first: npm run build" >&2; exit 1; }

TMP=$(mktemp -d /tmp/pendopo-nginx-check.XXXXXX)
chmod 755 "$TMP"
APP_PID=
cleanup() {
  if [ -f "$TMP/nginx/nginx.pid" ]; then nginx -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -s quit || true; fi
  if [ -n "$APP_PID" ]; then kill -TERM "$APP_PID" 2>/dev/null && wait "$APP_PID" || true; fi
  rm -rf "$TMP"
}
trap cleanup EXIT

pass() { printf 'ok    %s\n' "$1"; }
fail() { printf 'FAIL  %s\n' "$1" >&2; exit 1; }

# A self-signed certificate for localhost, which node and curl are told to trust.
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost \
  -addext subjectAltName=DNS:localhost -keyout "$TMP/key.pem" -out "$TMP/cert.pem" 2>/dev/null

# The shipped config with only what must differ here: ports, name, certificate, loopback.
mkdir -p "$TMP/nginx/logs" "$TMP/nginx/tmp"
sed -e "s|listen 80;|listen 127.0.0.1:${HTTP_PORT};|" \
  -e "s|listen 443 ssl http2;|listen 127.0.0.1:${TLS_PORT} ssl http2;|" \
  -e '/listen \[::\]/d' \
  -e 's|server_name pendopo.example.go.id;|server_name localhost;|' \
  -e "s|/etc/letsencrypt/live/pendopo.example.go.id/fullchain.pem|$TMP/cert.pem|" \
  -e "s|/etc/letsencrypt/live/pendopo.example.go.id/privkey.pem|$TMP/key.pem|" \
  -e "s|server 127.0.0.1:8080 |server 127.0.0.1:${APP_PORT} |" \
  "$ROOT/deploy/nginx/pendopo.conf" >"$TMP/nginx/pendopo.conf"
cat >"$TMP/nginx/nginx.conf" <<EOF
$([ "$(id -u)" = 0 ] && echo 'user root;')
worker_processes 1;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log $TMP/nginx/logs/access.log;
    client_body_temp_path $TMP/nginx/tmp/body;
    proxy_temp_path $TMP/nginx/tmp/proxy;
    fastcgi_temp_path $TMP/nginx/tmp/fastcgi;
    uwsgi_temp_path $TMP/nginx/tmp/uwsgi;
    scgi_temp_path $TMP/nginx/tmp/scgi;
    include $TMP/nginx/pendopo.conf;
}
EOF
nginx -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -t 2>&1 | sed 's/^/      /'
nginx -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf"
pass "nginx $(nginx -v 2>&1 | cut -d/ -f2) started with deploy/nginx/pendopo.conf"

# Pendopo as in production behind a proxy on the same machine: on loopback, trusting nginx's address only.
# (Production names `loopback`; here the test clients are on loopback too, so nginx's one address is named.)
(cd "$ROOT" && PORT=$APP_PORT HOST=127.0.0.1 PENDOPO_DB="$TMP/pendopo.db" PENDOPO_SIM=off \
  PENDOPO_TRUST_PROXY=127.0.0.1 PENDOPO_LOG_LEVEL=warn exec node server/dist/src/main.js) &
APP_PID=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:${APP_PORT}/healthz" >/dev/null && break; sleep 0.2; done

export CURL_CA_BUNDLE="$TMP/cert.pem" NODE_EXTRA_CA_CERTS="$TMP/cert.pem"
code() { curl -s -o /dev/null -w '%{http_code}' "$@"; }

[ "$(code "http://localhost:${HTTP_PORT}/wall")" = 301 ] && pass "plain HTTP is redirected to HTTPS (301)" ||
  fail "plain HTTP not redirected"
health=$(curl -fs "$BASE/healthz") && pass "GET /healthz through nginx: $health" || fail "/healthz"
type=$(curl -fs -o /dev/null -w '%{content_type}' "$BASE/wall") && pass "GET /wall through nginx: 200 $type" ||
  fail "/wall"
hsts=$(curl -fsI "$BASE/healthz" | grep -ci '^strict-transport-security' || true)
[ "$hsts" = 1 ] && pass "one Strict-Transport-Security header (the server's)" || fail "$hsts HSTS headers"
polling=$(code "$BASE/socket.io/?EIO=4&transport=polling")
[ "$polling" = 400 ] && pass "Socket.IO long-polling refused by nginx (400)" || fail "polling answered $polling"

# The session cookie is Secure: the server saw X-Forwarded-Proto: https from a proxy it trusts.
cookie=$(curl -fs -o /dev/null -D - -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"pendopo-demo-2026"}' "$BASE/api/v1/session" | grep -i '^set-cookie' || true)
case "$cookie" in *Secure*) pass "login over HTTPS sets a Secure, HttpOnly, SameSite=Strict cookie" ;;
  *) fail "session cookie not Secure: $cookie" ;; esac

# Each client has its own failed-login budget (10 a username per 15 min): the server sees the client's
# address, not nginx's, and a forged X-Forwarded-For changes nothing (nginx overwrites it).
login() {
  code --interface "$1" -H 'Content-Type: application/json' -H "X-Forwarded-For: $2" \
    -d '{"username":"kominfo","password":"wrong password"}' "$BASE/api/v1/session"
}
for _ in $(seq 1 10); do login 127.0.0.2 198.51.100.1 >/dev/null; done
a=$(login 127.0.0.2 198.51.100.2)
b=$(login 127.0.0.3 198.51.100.1)
[ "$a" = 429 ] && [ "$b" = 401 ] &&
  pass "failed logins limited per client address (127.0.0.2: 429 even with a forged X-Forwarded-For; 127.0.0.3: 401)" ||
  fail "per-address limits through nginx: 127.0.0.2 got $a, 127.0.0.3 got $b"

# The socket through nginx, as the web app connects: WebSocket only, a token, the page's Origin.
cd "$ROOT"
BASE=$BASE TOKEN=$TOKEN HOLD_SECONDS=$HOLD_SECONDS node --input-type=module -e '
import { io } from "socket.io-client"
const { BASE, TOKEN } = process.env
const hold = Number(process.env.HOLD_SECONDS) * 1000
const say = (line) => process.stdout.write(`ok    ${line}\n`)
const connect = (origin) =>
  io(BASE, { path: "/socket.io", transports: ["websocket"], reconnection: false, auth: { token: TOKEN },
    extraHeaders: { origin } })

// A page from another site may not open a socket (the Host nginx forwards is what the Origin is checked against).
await new Promise((resolve, reject) => {
  const s = connect("https://elsewhere.example")
  s.on("connect", () => reject(new Error("a foreign Origin was let in")))
  s.on("connect_error", (e) => { say(`a foreign Origin is refused: "${e.message}"`); s.close(); resolve() })
})

const socket = connect(BASE)
const snapshot = await new Promise((resolve, reject) => {
  socket.on("snapshot", resolve)
  socket.on("connect_error", reject)
})
say(`WebSocket through nginx (${socket.io.engine.transport.name}): snapshot at seq ${snapshot.seq}`)
const events = new Promise((resolve) => socket.on("events", resolve))
const res = await fetch(`${BASE}/api/v1/complaints`, {
  method: "POST",
  headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
  body: JSON.stringify({
    source: { channel: "sms1708", externalId: `nginx-check-${Date.now()}` },
    title: "Lampu penerangan jalan mati", body: "Lampu PJU di depan pasar mati sejak tiga hari.",
    category: "pupr.penerangan-jalan", location: { desaCode: "35.22.15.1005" },
    reportedAt: new Date().toISOString(), reporter: { anonymous: true, confidential: false } }),
})
const { seq } = await res.json()
const batch = await events
say(`POST /api/v1/complaints ${res.status} (seq ${seq}) arrived on the socket: ${batch.map((e) => e.type).join(", ")}`)

if (hold > 0) {
  let dropped = false
  socket.on("disconnect", (why) => { dropped = why })
  const id = socket.id
  await new Promise((r) => setTimeout(r, hold))
  if (dropped || socket.id !== id || !socket.connected) throw new Error(`the quiet socket was dropped: ${dropped}`)
  say(`a quiet socket held ${hold / 1000} s (past proxy_read_timeout 75s) without a disconnect`)
}
socket.close()
' || fail "socket through nginx"

grep -q ' 101 ' "$TMP/nginx/logs/access.log" && pass "nginx logged the upgrade: $(grep -c ' 101 ' "$TMP/nginx/logs/access.log") × 101 Switching Protocols"
echo "all checks passed"
