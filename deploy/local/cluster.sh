#!/usr/bin/env bash
# A local OrleansGovernance cluster on loopback: a throwaway PostgreSQL and N silo processes.
#   deploy/local/cluster.sh start [N]         start PostgreSQL and N silos (default 3); silo 0 serves the API on :8080
#   deploy/local/cluster.sh start [N] --api   the same, but the standalone API host serves :8080 and no silo serves HTTP
#   deploy/local/cluster.sh token --role R    print a token this cluster accepts ([--scope <place id>]...)
#   deploy/local/cluster.sh status            list what runs
#   deploy/local/cluster.sh stop              stop the API host, the silos and PostgreSQL, and delete the cluster's data
# Environment: OG_LOCAL_DIR (state folder, default /tmp/og-local-cluster), OG_PG_PORT (default 55432),
# OG_HTTP_PORT (default 8080), OG_CONFIGURATION (Release).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
state=${OG_LOCAL_DIR:-/tmp/og-local-cluster}
pg_port=${OG_PG_PORT:-55432}
http_port=${OG_HTTP_PORT:-8080}
configuration=${OG_CONFIGURATION:-Release}
silo_dll="$root/silo/OrleansGovernance.Silo/bin/$configuration/net10.0/OrleansGovernance.Silo.dll"
api_dll="$root/client-api/OrleansGovernance.Api.Host/bin/$configuration/net10.0/OrleansGovernance.Api.Host.dll"
connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=governance"

pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found: apt-get install postgresql" >&2; exit 1; }
  echo "$bin"
}

# initdb and the server refuse to run as root; run them as 'postgres' then.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_postgres() {
  local bin; bin=$(pg_bin)
  mkdir -p "$state/pg"
  [ "$(id -u)" = 0 ] && chown postgres "$state/pg"
  if [ ! -f "$state/pg/data/PG_VERSION" ]; then
    as_pg "$bin/initdb" -D "$state/pg/data" -A trust -U postgres -E UTF8 >/dev/null
  fi
  as_pg "$bin/pg_ctl" -D "$state/pg/data" -l "$state/pg/server.log" -w start \
    -o "-p $pg_port -k $state/pg -c listen_addresses=127.0.0.1 -c max_connections=300" >/dev/null
  as_pg "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'governance'" | grep -q 1 \
    || as_pg "$bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres governance
  echo "PostgreSQL on 127.0.0.1:$pg_port (data in $state/pg/data)"
}

# start_silo I API: silo I; with API=true it serves the HTTP API on the cluster's port.
start_silo() {
  local i=$1 api=$2 urls
  if [ "$api" = true ]; then urls="http://127.0.0.1:$http_port"; else urls="http://127.0.0.1:$((http_port + 100 + i))"; fi
  # exec: the background job's pid is the silo's own, so 'stop' signals the silo and not a shell around it.
  (cd "$(dirname "$silo_dll")" && \
    Storage__Provider=postgres ConnectionStrings__Governance="$connection" Auth__SigningKeyFile="$state/signing-key" \
    Orleans__ClusterId=local Orleans__ServiceId=governance Orleans__AdvertisedIP=127.0.0.1 \
    Orleans__SiloPort=$((11111 + i)) Orleans__GatewayPort=$((30000 + i)) \
    Urls="$urls" Api__Enabled=$api Seed__Enabled=$([ "$i" = 0 ] && echo true || echo false) \
    exec nohup dotnet "$silo_dll" >"$state/silo-$i.log" 2>&1) &
  echo $! >"$state/silo-$i.pid"
  echo "silo $i: silo port $((11111 + i)), gateway $((30000 + i)), http $urls$([ "$api" = true ] && echo ' (API)'), log $state/silo-$i.log"
}

# The standalone API host: an Orleans client that finds the silos' gateways in the PostgreSQL membership table.
start_api() {
  (cd "$(dirname "$api_dll")" && \
    ConnectionStrings__Governance="$connection" Orleans__ClusterId=local Orleans__ServiceId=governance \
    Auth__SigningKeyFile="$state/signing-key" Urls="http://127.0.0.1:$http_port" \
    exec nohup dotnet "$api_dll" >"$state/api.log" 2>&1) &
  echo $! >"$state/api.pid"
  echo "API host: http://127.0.0.1:$http_port, log $state/api.log"
}

case "${1:-}" in
  start)
    count=3 standalone=false
    for argument in "${@:2}"; do
      case "$argument" in
        --api) standalone=true ;;
        *) count=$argument ;;
      esac
    done
    mkdir -p "$state"
    dotnet build "$root/silo/OrleansGovernance.Silo" -c "$configuration" -v quiet -nologo >/dev/null
    [ "$standalone" = true ] && dotnet build "$root/client-api/OrleansGovernance.Api.Host" -c "$configuration" -v quiet -nologo >/dev/null
    start_postgres
    # One signing key for every silo and API host of this cluster, so a token from any of them works on all.
    [ -e "$state/signing-key" ] || (umask 077 && head -c 32 /dev/urandom | base64 >"$state/signing-key")
    # The silo's migrate command first, so the silos start on a current schema (they would also migrate safely at once).
    (cd "$(dirname "$silo_dll")" && Storage__Provider=postgres ConnectionStrings__Governance="$connection" dotnet "$silo_dll" migrate >"$state/migrate.log" 2>&1) \
      || { cat "$state/migrate.log" >&2; exit 1; }
    for i in $(seq 0 $((count - 1))); do
      start_silo "$i" "$([ "$i" = 0 ] && [ "$standalone" = false ] && echo true || echo false)"
    done
    [ "$standalone" = true ] && start_api
    # Silo 0 is healthy once it has seeded; the API host (or silo 0 itself) serves once it reaches a gateway.
    silo0_health="http://127.0.0.1:$([ "$standalone" = true ] && echo $((http_port + 100)) || echo "$http_port")/healthz"
    for _ in $(seq 1 180); do
      curl -sf "$silo0_health" >/dev/null && curl -sf "http://127.0.0.1:$http_port/healthz" >/dev/null \
        && { echo "serving on http://127.0.0.1:$http_port; tokens: $0 token --role <role> [--scope <place id>]"; exit 0; }
      sleep 1
    done
    echo "the cluster did not serve within 3 minutes; see $state/*.log" >&2; exit 1
    ;;
  token)
    # A token signed with this cluster's key, e.g. token --role viewer (see the README's roles).
    [ -e "$state/signing-key" ] || { echo "no cluster is running (no $state/signing-key)" >&2; exit 1; }
    cd "$(dirname "$silo_dll")" && Storage__Provider=postgres ConnectionStrings__Governance="$connection" \
      Auth__SigningKeyFile="$state/signing-key" exec dotnet "$silo_dll" token "${@:2}"
    ;;
  status)
    for pid_file in "$state"/api.pid "$state"/silo-*.pid; do
      [ -e "$pid_file" ] || continue
      pid=$(cat "$pid_file"); kill -0 "$pid" 2>/dev/null && echo "$(basename "$pid_file" .pid): running (pid $pid)" || echo "$(basename "$pid_file" .pid): stopped"
    done
    [ -f "$state/pg/data/postmaster.pid" ] && echo "postgres: running on 127.0.0.1:$pg_port" || echo "postgres: stopped"
    ;;
  stop)
    # The API host first, so it does not outlive the silos it forwards to.
    for pid_file in "$state"/api.pid "$state"/silo-*.pid; do
      [ -e "$pid_file" ] || continue
      pid=$(cat "$pid_file"); kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -KILL "$pid" 2>/dev/null || true
    done
    [ -f "$state/pg/data/postmaster.pid" ] && as_pg "$(pg_bin)/pg_ctl" -D "$state/pg/data" -m fast -w stop >/dev/null
    rm -rf "$state"
    echo "stopped"
    ;;
  *)
    sed -n '2,9p' "$0"; exit 2
    ;;
esac
