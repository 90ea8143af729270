#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# scripts/run.sh: start the whole system (database, API, static site) with no
# configuration. Ctrl-C stops everything this script started.
#
# Settings (all optional; names fixed by shared/design.md):
#   ConnectionStrings__Cms  use this database instead of a private cluster
#   CMS_API_PORT            API port (default 5080; Swagger at /swagger)
#   CMS_SITE_PORT           static site port (default 5173)
#   CMS_SITE_WATCH_MS       how often the site builder reads the API's changes (default 1000)
#   CMS_BIND_ADDRESS        address both servers bind to (default 127.0.0.1)
#   CMS_PG_PORT             private cluster's port (default 5433)
#   Cms__Cors__AdminOrigins__0  origin allowed to call /auth and /manage (default:
#                           the static site's own origin)
#   Cms__Site__BaseUrl      the public site's address in feeds and sitemaps (default:
#                           the static site this script serves)
#   Cms__Admin__UserName, Cms__Admin__Password, Cms__TimeZone,
#   ASPNETCORE_ENVIRONMENT  passed through to the API as they are
# State lives in .data/ (git-ignored): the private cluster, its password, the
# API's generated secrets and the logs. A second run reuses all of it.
set -euo pipefail

CMS_LOG_TAG="run" # prefix of log lines, read by lib/common.sh
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
ROOT="$CMS_ROOT"

API_PORT="${CMS_API_PORT:-5080}"
SITE_PORT="${CMS_SITE_PORT:-5173}"
BIND="${CMS_BIND_ADDRESS:-127.0.0.1}"
PG_PORT="${CMS_PG_PORT:-5433}"
DATA_DIR="$ROOT/.data"
LOG_DIR="$DATA_DIR/logs"
FRONTEND="$ROOT/frontend"
API_PROJECT="$ROOT/Cms.Api/Cms.Api.csproj"

for port_var in API_PORT SITE_PORT PG_PORT; do
    [[ "${!port_var}" =~ ^[0-9]+$ ]] || die "$port_var must be a port number, got '${!port_var}'"
done

# What this run started, so cleanup stops exactly that and nothing else.
API_PID=""
SITE_PID=""
BUILDER_PID=""
PG_STARTED=0
PGDATA_DIR="$DATA_DIR/postgres"
PG_BINDIR=""

# shellcheck disable=SC2317 # reached through the EXIT trap
stop_pid() { # stop_pid PID NAME: TERM, then KILL if it lingers
    local pid="$1" name="$2" i
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
    log "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 150; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

# shellcheck disable=SC2317 # reached through the EXIT trap
cleanup() {
    local rc=$?
    # Ignore further Ctrl-C (inherited by pg_ctl too): a second press must not
    # cut the shutdown short and leave the cluster running.
    trap '' INT TERM
    trap - EXIT
    set +e
    stop_pid "$BUILDER_PID" "site builder (watch)"
    stop_pid "$SITE_PID" "static site"
    stop_pid "$API_PID" "API"
    if ((PG_STARTED)); then
        log "stopping the private PostgreSQL cluster"
        as_pg "$PG_BINDIR/pg_ctl" stop -D "$PGDATA_DIR" -m fast -w >/dev/null 2>&1 \
            || warn "pg_ctl stop failed; see $LOG_DIR/postgres.log"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- prerequisites -------------------------------------------------------------
have dotnet || die "the .NET 10 SDK (dotnet) is not on PATH"
have curl || ensure_apt_packages curl # used to poll /health

mkdir -p "$DATA_DIR" "$LOG_DIR"
# 711: the postgres account (when we are root) must traverse .data to reach
# its cluster and its log, but has no business listing or reading our secrets.
chmod 711 "$DATA_DIR" "$LOG_DIR"

# private_file PATH: create PATH (or keep it) readable by its owner only; the
# logs hold secrets (the API prints the admin password it generates there).
private_file() {
    (umask 077 && : >>"$1")
    chmod 600 "$1"
}

# --- build everything before starting anything ---------------------------------
log "building the API (Release)"
dotnet build "$API_PROJECT" -c Release --nologo -v minimal </dev/null >&2 || die "API build failed"
API_DLL="$ROOT/Cms.Api/bin/Release/net10.0/Cms.Api.dll"
if [[ ! -f "$API_DLL" ]]; then
    # Output path customised (or another TFM): ask MSBuild where it went.
    API_DLL="$(dotnet msbuild "$API_PROJECT" -nologo -getProperty:TargetPath -p:Configuration=Release </dev/null)"
fi
[[ -f "$API_DLL" ]] || die "built API assembly not found ($API_DLL)"

API_URL="http://$(connect_host "$BIND"):$API_PORT"
SITE_URL="http://$(connect_host "$BIND"):$SITE_PORT"

HAVE_SITE=0
if [[ -f "$FRONTEND/package.json" ]]; then
    HAVE_SITE=1
    ensure_node_modules "$FRONTEND"
    log "building the static site"
    (cd "$FRONTEND" && npm run build </dev/null >&2) || die "frontend build failed"
    [[ -f "$FRONTEND/dist/index.html" ]] || die "frontend build produced no dist/index.html"
    # Runtime config read by the site: where the API is. Written after the
    # build so that one build serves any port/host.
    printf '{"apiBaseUrl": "%s"}\n' "$API_URL" >"$FRONTEND/dist/config.json"
    # Crawlers find the API's sitemaps (of the site's own URLs) through the site's robots.txt.
    printf 'User-agent: *\nAllow: /\nSitemap: %s/api/v1/feeds/sitemap.xml\n' "$API_URL" >"$FRONTEND/dist/robots.txt"
else
    log "frontend/package.json not found: no static site to build or serve (skipped)"
fi

# --- database --------------------------------------------------------------------
# Quote a value for postgresql.conf (single quotes, '' inside).
pg_conf_quote() { printf "'%s'" "${1//\'/\'\'}"; }

start_private_pg() {
    local pw_file="$DATA_DIR/postgres-password" pg_log="$LOG_DIR/postgres.log"
    local major="" pw port sock have_major

    [[ -f "$PGDATA_DIR/PG_VERSION" ]] && major="$(<"$PGDATA_DIR/PG_VERSION")"
    ensure_pg_bindir "$major"
    ensure_pg_os_user
    if [[ -n "$major" ]]; then
        # "postgres (PostgreSQL) 15.18 (Debian ...)" -> 15
        have_major="$("$PG_BINDIR/postgres" --version | awk '{ split($3, v, "."); print v[1] }')"
        [[ "$have_major" == "$major" ]] \
            || die "$PGDATA_DIR was created by PostgreSQL $major but only $have_major is installed (apt-get install postgresql-$major, or remove .data/postgres to start afresh)"
    fi

    if [[ -z "$major" ]]; then
        # First run: create the cluster once.
        if [[ -d "$PGDATA_DIR" && -n "$(ls -A "$PGDATA_DIR")" ]]; then
            die "$PGDATA_DIR exists but is not a PostgreSQL cluster; remove it and run again"
        fi
        mkdir -p "$PGDATA_DIR"
        chmod 700 "$PGDATA_DIR"
        own_by_pg "$PGDATA_DIR"
        as_pg test -w "$PGDATA_DIR" \
            || die "user $CMS_PG_OS_USER cannot reach $PGDATA_DIR: make its parent directories traversable (chmod o+x), or set ConnectionStrings__Cms"

        log "creating a private PostgreSQL cluster in ${PGDATA_DIR#"$ROOT"/}"
        pw="$(random_secret)"
        local pw_tmp="$DATA_DIR/.initdb-pw.$$"
        private_file "$pw_tmp"
        printf '%s\n' "$pw" >"$pw_tmp"
        own_by_pg "$pw_tmp"
        private_file "$LOG_DIR/initdb.log"
        if ! as_pg "$PG_BINDIR/initdb" -D "$PGDATA_DIR" -U postgres --encoding=UTF8 --locale=C.UTF-8 \
            --auth-local=peer --auth-host=scram-sha-256 --pwfile="$pw_tmp" >"$LOG_DIR/initdb.log" 2>&1; then
            rm -f "$pw_tmp"
            tail -n 20 "$LOG_DIR/initdb.log" >&2
            die "initdb failed (log: $LOG_DIR/initdb.log)"
        fi
        rm -f "$pw_tmp"
        private_file "$pw_file"
        printf '%s\n' "$pw" >"$pw_file"
        # Per-run settings (port, addresses, socket dir) go in a file rewritten
        # at every start, so CMS_PG_PORT can change between runs.
        printf "\ninclude_if_exists = 'cms-run.conf'\n" | as_pg tee -a "$PGDATA_DIR/postgresql.conf" >/dev/null
    fi

    [[ -s "$pw_file" ]] \
        || die "$pw_file is missing, so the cluster in $PGDATA_DIR cannot be reached; restore it, or remove .data/postgres (its data is lost) and run again"
    pw="$(head -n 1 "$pw_file")"

    if as_pg "$PG_BINDIR/pg_ctl" status -D "$PGDATA_DIR" >/dev/null 2>&1; then
        # Left running by an earlier run that did not stop it: reuse it as it
        # is (on whatever port it has) and leave it running on exit.
        port="$(sed -n 4p "$PGDATA_DIR/postmaster.pid")"
        log "reusing the PostgreSQL cluster already running on port $port (not stopped on exit)"
    else
        port="$PG_PORT"
        port_in_use 127.0.0.1 "$port" && die "port $port is already in use; set CMS_PG_PORT to a free port"
        # Unix socket inside .data (nothing to do with a system /var/run);
        # socket paths are limited to 107 bytes, so fall back to /tmp when deep.
        sock="$DATA_DIR/postgres-socket"
        if ((${#sock} + 16 + ${#port} > 107)); then
            sock="$(mktemp -d /tmp/cms-pg-socket.XXXXXX)"
            log "repository path too long for a unix socket; using $sock"
        fi
        mkdir -p "$sock"
        chmod 700 "$sock"
        own_by_pg "$sock"
        {
            echo "# written by scripts/run.sh at every start"
            echo "listen_addresses = '127.0.0.1'"
            echo "port = $port"
            echo "unix_socket_directories = $(pg_conf_quote "$sock")"
        } | as_pg tee "$PGDATA_DIR/cms-run.conf" >/dev/null
        private_file "$pg_log"
        own_by_pg "$pg_log"
        log "starting PostgreSQL on 127.0.0.1:$port"
        # pg_ctl removes a stale postmaster.pid itself; it also detaches the
        # server from our process group, so only cleanup() stops it.
        if ! as_pg "$PG_BINDIR/pg_ctl" start -D "$PGDATA_DIR" -l "$pg_log" -w -t 60 >/dev/null; then
            tail -n 20 "$pg_log" >&2
            die "PostgreSQL did not start (log: $pg_log)"
        fi
        PG_STARTED=1
    fi

    local i
    for ((i = 0; i < 60; i++)); do
        "$PG_BINDIR/pg_isready" -q -h 127.0.0.1 -p "$port" && break
        sleep 0.5
    done
    "$PG_BINDIR/pg_isready" -q -h 127.0.0.1 -p "$port" || die "PostgreSQL on port $port is not accepting connections"

    # The database itself; the API applies its migrations at start-up.
    local psql=("$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres)
    if [[ "$(PGPASSWORD="$pw" "${psql[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = 'cms'")" != 1 ]]; then
        log "creating database cms"
        PGPASSWORD="$pw" "${psql[@]}" -c "CREATE DATABASE cms ENCODING 'UTF8' TEMPLATE template0" \
            || die "could not create database cms"
    fi

    export ConnectionStrings__Cms="Host=127.0.0.1;Port=$port;Database=cms;Username=postgres;Password=$pw"
}

if [[ -n "${ConnectionStrings__Cms:-}" ]]; then
    log "using the database given in ConnectionStrings__Cms (no private cluster)"
else
    start_private_pg
fi

# --- API -------------------------------------------------------------------------
port_in_use "$(connect_host "$BIND" | tr -d '[]')" "$API_PORT" \
    && die "port $API_PORT is already in use (another run?); stop it or set CMS_API_PORT"

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
export Cms__DataDirectory="${Cms__DataDirectory:-$DATA_DIR}"
# The admin UI is to be served with the site, so the site's origin may call /auth and
# /manage (closed to other origins unless configured). Public routes stay open to any
# origin: restricting them to one URL would break browsing the site by another name.
# Links in RSS feeds and sitemaps point at the site this script serves.
if ((HAVE_SITE)); then
    export Cms__Site__BaseUrl="${Cms__Site__BaseUrl:-$SITE_URL}"
fi
if ((HAVE_SITE)) && [[ -z "${Cms__Cors__AdminOrigins__0:-}" ]]; then
    export Cms__Cors__AdminOrigins__0="$SITE_URL"
    if [[ "$SITE_URL" == http://127.0.0.1:* ]]; then
        export Cms__Cors__AdminOrigins__1="http://localhost:$SITE_PORT"
    fi
fi
API_LOG="$LOG_DIR/api.log"
private_file "$API_LOG"
: >"$API_LOG"
log "starting the API on $(url_host "$BIND"):$API_PORT (log: ${API_LOG#"$ROOT"/})"
# Working directory = project folder, as with `dotnet run`, so the content root
# (appsettings.json, wwwroot) is the project's. Output goes to the terminal
# (the first-start admin password is printed there once) and to the log; tee
# ignores Ctrl-C so that the API's shutdown messages still reach the terminal.
(cd "$ROOT/Cms.Api" && exec dotnet "$API_DLL" --urls "http://$(url_host "$BIND"):$API_PORT") \
    </dev/null > >(trap '' INT && exec tee -a "$API_LOG") 2>&1 &
API_PID=$!

healthy=0
for ((i = 0; i < 240; i++)); do # ~120 s
    if ! kill -0 "$API_PID" 2>/dev/null; then
        wait "$API_PID" 2>/dev/null && code=0 || code=$?
        API_PID=""
        log "the API exited (code $code) before becoming healthy; last lines of $API_LOG:"
        tail -n 40 "$API_LOG" >&2
        exit 1
    fi
    if curl -fsS -o /dev/null --max-time 2 "$API_URL/health" 2>/dev/null; then
        healthy=1
        break
    fi
    sleep 0.5
done
if ((!healthy)); then
    log "the API did not answer 200 on $API_URL/health within 120 s; last lines of $API_LOG:"
    tail -n 40 "$API_LOG" >&2
    exit 1
fi

# --- static site ----------------------------------------------------------------
if ((HAVE_SITE)); then
    port_in_use "$(connect_host "$BIND" | tr -d '[]')" "$SITE_PORT" \
        && die "port $SITE_PORT is already in use; stop it or set CMS_SITE_PORT"
    # Every page as an HTML file, written from the API (frontend/src/build), then kept
    # current from its changes feed by the watch below.
    log "writing the site's pages from the API"
    BUILDER_LOG="$LOG_DIR/site-builder.log"
    private_file "$BUILDER_LOG"
    builder_args=(--out "$FRONTEND/dist" --state "$DATA_DIR/site-state" --api "$API_URL" --site-url "$SITE_URL")
    (cd "$FRONTEND" && node builder/cli.mjs build "${builder_args[@]}" </dev/null >>"$BUILDER_LOG" 2>&1) \
        || { tail -n 20 "$BUILDER_LOG" >&2; die "the site builder failed; see $BUILDER_LOG"; }
    tail -n 1 "$BUILDER_LOG" >&2
    (cd "$FRONTEND" && exec node builder/cli.mjs watch "${builder_args[@]}" --interval "${CMS_SITE_WATCH_MS:-1000}") \
        </dev/null >>"$BUILDER_LOG" 2>&1 &
    BUILDER_PID=$!
    site_bind="$(tr -d '[]' <<<"$BIND")"
    [[ "$site_bind" == '*' || "$site_bind" == '+' ]] && site_bind=0.0.0.0
    SITE_LOG="$LOG_DIR/site.log"
    private_file "$SITE_LOG"
    node "$ROOT/scripts/lib/static-server.mjs" "$FRONTEND/dist" "$SITE_PORT" "$site_bind" \
        </dev/null >"$SITE_LOG" 2>&1 &
    SITE_PID=$!
    for ((i = 0; i < 50; i++)); do
        port_in_use "$(connect_host "$BIND" | tr -d '[]')" "$SITE_PORT" && break
        kill -0 "$SITE_PID" 2>/dev/null || break
        sleep 0.2
    done
    if ! kill -0 "$SITE_PID" 2>/dev/null; then
        SITE_PID=""
        cat "$SITE_LOG" >&2
        die "the static site server did not start"
    fi
fi

# --- ready -------------------------------------------------------------------------
{
    echo
    echo "Cms is up. Ctrl-C stops it."
    if ((HAVE_SITE)); then
        echo "  Site:     $SITE_URL/"
        echo "  Admin UI: $SITE_URL/admin/"
    else
        echo "  Site:     (none: frontend/package.json not found)"
    fi
    echo "  API:      $API_URL/api/v1"
    echo "  Swagger:  $API_URL/swagger"
    echo "  Health:   $API_URL/health"
    if [[ -z "${Cms__Admin__Password:-}" ]]; then
        echo "  Admin:    user '${Cms__Admin__UserName:-admin}', password in $Cms__DataDirectory/admin-password"
    else
        echo "  Admin:    user '${Cms__Admin__UserName:-admin}', password from Cms__Admin__Password"
    fi
    echo "  Logs:     $LOG_DIR"
    echo
}

# Run until Ctrl-C (the INT/TERM traps exit, and cleanup stops everything),
# or until a server dies, which ends the run with an error.
pids=("$API_PID")
[[ -n "$SITE_PID" ]] && pids+=("$SITE_PID")
set +e
wait -n "${pids[@]}"
code=$?
set -e
if ! kill -0 "$API_PID" 2>/dev/null; then
    API_PID=""
    log "the API exited (code $code); last lines of $API_LOG:"
    tail -n 20 "$API_LOG" >&2
else
    SITE_PID=""
    log "the static site server exited (code $code)"
fi
exit 1
