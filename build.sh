#!/usr/bin/env bash
# SinergieComuni: the README's commands.
#   ./build.sh run [site options]   start the site on the embedded SQLite database with demo content
#   ./build.sh test                 install/start what the tests need, then run every test
#   ./build.sh bench [sec] [conc]   page-serving benchmark (figures, no assertions)
#   ./build.sh bench pages [sec] [conc,conc]  public pages with output caching, as a ratio to nginx (figures)
#   ./build.sh bench search [sizes] search benchmark on SQLite and a throw-away PostgreSQL (figures)
#   ./build.sh bench maps [sizes]   maps benchmark (GeoJSON on both providers, /mappa in headless Chromium) (figures)
#   ./build.sh bench images         libvips resize of a 12-megapixel JPEG (time, peak memory) and cached vs first variant over HTTP (figures)
#   ./build.sh migrations NAME      scaffold a migration for both providers
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)

say() { printf '\n==> %s\n' "$*"; }
die() { printf '\nERRORE: %s\n' "$*" >&2; exit 1; }

require_dotnet() {
    command -v dotnet >/dev/null 2>&1 || die "manca il .NET SDK 10 (comando 'dotnet'): installalo e riprova."
    command -v npm >/dev/null 2>&1 || die "manca Node.js con npm: serve per le librerie front-end (bootstrap-italia). Installa il pacchetto Debian 'nodejs' e 'npm'."
}

find_pg_bin() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
    done
    return 1
}

# Debian packages the tests use: Chromium (browser tests), PostgreSQL (second provider), libvips (images).
ensure_test_packages() {
    local missing=()
    command -v chromium >/dev/null 2>&1 || [ -x "${SINERGIE_CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium)
    find_pg_bin >/dev/null || missing+=(postgresql)
    command -v vips >/dev/null 2>&1 || missing+=(libvips-tools)
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        say "Installo i pacchetti Debian mancanti: ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        die "mancano i pacchetti Debian: ${missing[*]}. Installali (sudo apt-get install ${missing[*]}) e riprova."
    fi
}

PG_DIR=""
PG_BIN=""
stop_postgres() {
    if [ -n "$PG_DIR" ] && [ -f "$PG_DIR/data/postmaster.pid" ]; then
        as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    [ -n "$PG_DIR" ] && rm -rf "$PG_DIR"
}

as_pg_user() {
    if [ "$(id -u)" = "0" ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
        || echo $((20000 + RANDOM % 20000))
}

# A throw-away PostgreSQL server on a loopback port, in a temp folder, stopped on exit.
start_postgres() {
    PG_BIN=$(find_pg_bin) || die "PostgreSQL non trovato sotto /usr/lib/postgresql (pacchetto Debian 'postgresql')."
    PG_DIR=$(mktemp -d /tmp/sinergie-pg.XXXXXX)
    trap stop_postgres EXIT
    if [ "$(id -u)" = "0" ]; then
        id postgres >/dev/null 2>&1 || die "manca l'utente di sistema 'postgres' (lo crea il pacchetto Debian 'postgresql')."
        chown postgres "$PG_DIR"
    fi
    local port
    port=$(free_port)
    say "Avvio PostgreSQL temporaneo su 127.0.0.1:$port ($PG_DIR)"
    as_pg_user "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$PG_DIR/initdb.log" 2>&1 \
        || { cat "$PG_DIR/initdb.log"; die "initdb non è riuscito."; }
    as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
        -o "-h 127.0.0.1 -p $port -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null \
        || { cat "$PG_DIR/server.log"; die "PostgreSQL non è partito."; }
    export SINERGIE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Include Error Detail=true;Maximum Pool Size=20"
}

run_tests() {
    require_dotnet
    ensure_test_packages
    export SINERGIE_CHROMIUM="${SINERGIE_CHROMIUM:-$(command -v chromium || echo /usr/bin/chromium)}"
    export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
    export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

    say "Compilo (npm ci per le librerie front-end, poi dotnet build)"
    dotnet build SinergieComuni.Web.sln -c Release -nologo -clp:ErrorsOnly

    start_postgres

    local results="$ROOT/TestResults" status=0
    rm -rf "$results"
    for project in tests/SinergieComuni.Tests tests/SinergieComuni.BrowserTests; do
        [ -d "$project" ] || continue
        say "Test: $project"
        dotnet test "$project" -c Release --no-build --nologo \
            --logger "console;verbosity=normal" --logger "trx;LogFilePrefix=$(basename "$project")" \
            --results-directory "$results" || status=1
    done

    summarise "$results"
    return $status
}

# One closing line for every test run: "Tests: N passed, N failed, N skipped".
summarise() {
    python3 - "$1" <<'PY' || true
import sys, glob, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(f).getroot().find(".//{*}ResultSummary/{*}Counters")
    if c is None: continue
    passed += int(c.get("passed", 0)); failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0))
    skipped += int(c.get("notExecuted", 0))
print()
print(f"Tests: {passed} passed, {failed} failed, {skipped} skipped")
PY
}

case "${1:-}" in
    run)
        shift
        require_dotnet
        exec dotnet run --project src/SinergieComuni.Web -- "$@"
        ;;
    test)
        run_tests
        ;;
    bench)
        shift
        require_dotnet
        if [ "${1:-}" = "images" ]; then
            command -v vips >/dev/null 2>&1 || die "manca libvips (pacchetto Debian libvips-tools): serve al benchmark delle immagini."
        fi
        if [ "${1:-}" = "maps" ]; then
            export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
            export SINERGIE_CHROMIUM="${SINERGIE_CHROMIUM:-$(command -v chromium || echo /usr/bin/chromium)}"
        fi
        if [ "${1:-}" = "pages" ]; then
            # nginx serves the static copy, wrk loads both; installed when missing and run as root.
            missing=()
            command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
            command -v wrk >/dev/null 2>&1 || missing+=(wrk)
            if [ ${#missing[@]} -gt 0 ]; then
                if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
                    say "Installo ${missing[*]} (apt-get)"
                    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" || say "Installazione non riuscita: il bench dirà cosa manca."
                else
                    say "Mancano ${missing[*]} (pacchetti Debian): il bench misura senza nginx o con il generatore di carico interno."
                fi
            fi
        fi
        if { [ "${1:-}" = "search" ] || [ "${1:-}" = "maps" ]; } && [ -z "${SINERGIE_TEST_POSTGRES:-}" ]; then
            find_pg_bin >/dev/null && start_postgres || say "PostgreSQL non trovato: misuro solo SQLite."
        fi
        dotnet run --project bench/SinergieComuni.Bench -c Release -- "$@"
        ;;
    migrations)
        [ -n "${2:-}" ] || die "uso: ./build.sh migrations NomeMigrazione"
        require_dotnet
        dotnet run --project tools/MigrationScaffolder -- "$2" both
        ;;
    *)
        echo "Uso: ./build.sh run | test | bench [secondi] [concorrenza] | bench pages [secondi] [concorrenze] | bench search [dimensioni] | bench maps [dimensioni] | bench images [--runs=N] | migrations NOME"
        exit 2
        ;;
esac
