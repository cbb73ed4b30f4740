#!/usr/bin/env bash
# Installs what is needed, builds, creates a data directory with the first
# administrator, starts cordiald and opens the client logged in.
#   CORDIAL_DATA_DIR  data directory (default ./data)
#   CORDIAL_LISTEN    address the server listens on (default 0.0.0.0:7443)
set -euo pipefail
cd "$(dirname "$0")/.."
installer/install-deps.sh
installer/build.sh

data=${CORDIAL_DATA_DIR:-$PWD/data}
listen=${CORDIAL_LISTEN:-0.0.0.0:7443}
port=${listen##*:}
password=""
if [ ! -f "$data/cordial.db" ]; then
  password=$(openssl rand -base64 18 | tr -d '/+=' | cut -c1-16)
  printf '%s\n' "$password" | build/bin/cordialctl --data-dir "$data" init --admin admin --name "系统管理员" >/dev/null
  echo "First administrator created. Login: admin  Password: $password"
  echo "(The password is shown only this once; change it under Settings after logging in.)"
fi

pidfile="$data/cordiald.pid"
if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
  echo "cordiald is already running (pid $(cat "$pidfile"))"
else
  : > "$data/cordiald.out"
  nohup build/bin/cordiald --data-dir "$data" --listen "$listen" >"$data/cordiald.out" 2>>"$data/cordiald.log" &
  echo $! > "$pidfile"
  for _ in $(seq 1 100); do
    grep -q "^listening on" "$data/cordiald.out" && break
    kill -0 "$(cat "$pidfile")" 2>/dev/null || { echo "cordiald failed to start; see $data/cordiald.log" >&2; exit 1; }
    sleep 0.1
  done
  grep -q "^listening on" "$data/cordiald.out" || { echo "cordiald did not start; see $data/cordiald.log" >&2; exit 1; }
fi
fingerprint=$(build/bin/cordialctl --data-dir "$data" fingerprint)
echo "Server: $(grep "^listening on" "$data/cordiald.out" | head -n1) (data in $data, log in $data/cordiald.log)"
echo "Certificate fingerprint (SHA-256): $fingerprint"
echo "Stop it with: kill \$(cat $pidfile)"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display here: the server keeps running. On a desktop, start the client with:"
  echo "  build/bin/cordial --server <this machine's address>:$port --user admin"
  exit 0
fi
# The fingerprint comes straight from the data directory on this machine, so the
# client can pin it without asking.
if [ -n "$password" ]; then
  printf '%s\n' "$password" | build/bin/cordial --server "127.0.0.1:$port" --user admin \
    --trust-fingerprint "$fingerprint" --password-stdin &
else
  build/bin/cordial --server "127.0.0.1:$port" --user admin --trust-fingerprint "$fingerprint" &
fi
echo "Client started (pid $!)."
