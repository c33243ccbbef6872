#!/usr/bin/env bash
# The whole system on this machine: the Cloud API simulator with customers writing in four
# languages, a hub on a fresh SQLite store with an admin and an agent, and the desktop signed in
# as the agent. Everything listens on loopback and stops with the desktop (or Ctrl+C).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/dev/app
work=$(mktemp -d /tmp/parley-demo.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

# Waits for a program's "listening on http://HOST:PORT" line and prints the port.
port_of() {
    local file=$1
    for _ in $(seq 1 100); do
        if grep -qo 'listening on http://[^ ]*' "$file" 2>/dev/null; then
            grep -o 'listening on http://[^ ]*' "$file" | head -1 | sed 's/.*://'
            return 0
        fi
        sleep 0.1
    done
    echo "it did not start; see $file" >&2
    return 1
}

printf 'demo-app-secret' >"$work/app-secret"
printf 'demo-access-token' >"$work/access-token"
printf 'agent-password' >"$work/agent-password"
printf 'admin-password' >"$work/admin-password"
# The desktop signs in as the agent; PARLEY_DEMO_LOGIN=admin shows the admin screens too.
demo_login=${PARLEY_DEMO_LOGIN:-agent}
echo "admin-password" | "$bin/parley-hub" agent add --data "$work/hub" --login admin \
    --name "Ana Admin" --role admin >/dev/null
echo "agent-password" | "$bin/parley-hub" agent add --data "$work/hub" --login agent \
    --name "Bruno Agent" --role agent >/dev/null

"$bin/parley-hub" serve --data "$work/hub" --listen 127.0.0.1:0 --quiet \
    >"$work/hub.out" 2>"$work/hub.log" &
pids+=($!)
hub_port=$(port_of "$work/hub.out")

"$bin/parley-cloudsim" --listen 127.0.0.1:0 \
    --webhook "http://127.0.0.1:$hub_port/webhooks/whatsapp" \
    --app-secret-file "$work/app-secret" --access-token demo-access-token \
    --waba-id 102290129340398 --phone-number-id 106540352242922 \
    --display-number 15550783881 --scenario demo --quiet \
    >"$work/sim.out" 2>"$work/sim.log" &
pids+=($!)
sim_port=$(port_of "$work/sim.out")

"$bin/parley-hub" channel add --data "$work/hub" --name "Loja Parley" \
    --waba-id 102290129340398 --phone-number-id 106540352242922 \
    --display-number 15550783881 --graph-url "http://127.0.0.1:$sim_port/v23.0" \
    --access-token-file "$work/access-token" --app-secret-file "$work/app-secret" \
    --verify-token-file - --department Vendas <<<"demo-verify" >/dev/null

# Credits for replies (the default plan charges session messages).
token=$(curl -s -X POST "http://127.0.0.1:$hub_port/api/v1/login" \
    -d '{"login":"admin","password":"admin-password"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
curl -s -X POST "http://127.0.0.1:$hub_port/api/v1/credits/purchases" \
    -H "Authorization: Bearer $token" -d '{"packs":50}' >/dev/null

# Two templates for the admin screens: one Meta approves, one it rejects for its category.
post() {
    curl -s -X POST "http://127.0.0.1:$hub_port$1" -H "Authorization: Bearer $token" -d "$2" \
        >/dev/null
}
post /api/v1/templates '{"name":"pedido_enviado","language":"pt_BR","category":"UTILITY",
  "module":"Leads","body":"Olá $[Leads.First Name], seu pedido saiu para entrega hoje."}'
post /api/v1/templates '{"name":"oferta_semana","language":"pt_BR","category":"UTILITY",
  "module":"Leads","body":"Oi $[Leads.First Name]! Promoção: 20% off em toda a loja."}'

echo "hub:       http://127.0.0.1:$hub_port   (admin / admin-password, agent / agent-password)"
echo "simulator: http://127.0.0.1:$sim_port   (logs in $work)"
desktop=("$bin/parley" --hub "http://127.0.0.1:$hub_port" --login "$demo_login"
         --password-file "$work/$demo_login-password")
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    "${desktop[@]}"
else
    echo "No display here: running the desktop under Xvfb (Ctrl+C stops the demo)."
    xvfb-run -a "${desktop[@]}"
fi
