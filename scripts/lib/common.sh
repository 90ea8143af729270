# shellcheck shell=bash
# Helpers shared by scripts/run.sh and scripts/test.sh. Sourced, never executed:
# it only defines variables and functions (no side effects beyond exports).

# Repository root: two levels above this file, whatever the caller's cwd is.
CMS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
export CMS_ROOT

# Quiet, reproducible .NET CLI in scripts and CI (no banner, no telemetry).
export DOTNET_NOLOGO="${DOTNET_NOLOGO:-1}"
export DOTNET_CLI_TELEMETRY_OPTOUT="${DOTNET_CLI_TELEMETRY_OPTOUT:-1}"
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE="${DOTNET_SKIP_FIRST_TIME_EXPERIENCE:-1}"

# --- logging -----------------------------------------------------------------
# Everything goes to stderr so that stdout stays free for values returned by
# functions (and for test.sh's single closing summary line).
_cms_tag="${CMS_LOG_TAG:-cms}"
log()  { printf '[%s] %s\n' "$_cms_tag" "$*" >&2; }
warn() { printf '[%s] warning: %s\n' "$_cms_tag" "$*" >&2; }
die()  { printf '[%s] error: %s\n' "$_cms_tag" "$*" >&2; exit 1; }

have() { command -v "$1" >/dev/null 2>&1; }
is_root() { [[ "$(id -u)" -eq 0 ]]; }

# --- packages ----------------------------------------------------------------
# ensure_apt_packages PKG...: install the named Debian packages that are not
# installed yet. Needs root; 'apt-get update' runs at most once per script run
# because it is the slow part and the package lists do not change meanwhile.
_cms_apt_updated=0
ensure_apt_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$pkg")
    done
    ((${#missing[@]} == 0)) && return 0
    is_root || die "missing Debian packages: ${missing[*]} (run as root, or install them: sudo apt-get install ${missing[*]})"
    have apt-get || die "missing packages ${missing[*]} and no apt-get to install them"
    if ((_cms_apt_updated == 0)); then
        log "apt-get update"
        # A failed update (e.g. one unreachable mirror) may still leave usable lists.
        DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null >&2 || warn "apt-get update failed; trying the install anyway"
        _cms_apt_updated=1
    fi
    log "apt-get install ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >&2 \
        || die "apt-get install ${missing[*]} failed"
}

# --- PostgreSQL ----------------------------------------------------------------
# find_pg_bindir [MAJOR]: print the directory holding initdb/pg_ctl/postgres.
# With MAJOR (an existing cluster's PG_VERSION) that exact version is preferred,
# since a data directory only works with the major version that created it.
# Order: that version, `pg_config --bindir` (libpq-dev's pg_config may point at
# a server that is not installed, so initdb is checked), newest
# /usr/lib/postgresql/*/bin, then PATH. Prints nothing and fails if none.
_pg_bindir_ok() { [[ -n "$1" && -x "$1/initdb" && -x "$1/pg_ctl" && -x "$1/postgres" ]]; }
find_pg_bindir() {
    local want="${1:-}" dir
    if [[ -n "$want" ]] && _pg_bindir_ok "/usr/lib/postgresql/$want/bin"; then
        echo "/usr/lib/postgresql/$want/bin"; return 0
    fi
    if have pg_config; then
        dir="$(pg_config --bindir 2>/dev/null || true)"
        if _pg_bindir_ok "$dir"; then echo "$dir"; return 0; fi
    fi
    dir="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1 || true)"
    if _pg_bindir_ok "$dir"; then echo "$dir"; return 0; fi
    if have initdb; then
        dir="$(dirname "$(command -v initdb)")"
        if _pg_bindir_ok "$dir"; then echo "$dir"; return 0; fi
    fi
    return 1
}

# ensure_pg_bindir [MAJOR]: set PG_BINDIR like find_pg_bindir, installing
# Debian's 'postgresql' package first when nothing is found and we are root.
# Sets a variable instead of printing so that it runs in the caller's shell
# (apt-get update then happens at most once per script run).
# shellcheck disable=SC2034 # read by the scripts that source this file
PG_BINDIR=""
# shellcheck disable=SC2034
ensure_pg_bindir() {
    if PG_BINDIR="$(find_pg_bindir "${1:-}")"; then return 0; fi
    is_root || die "PostgreSQL server binaries (initdb, pg_ctl) not found; install them (sudo apt-get install postgresql) or set ConnectionStrings__Cms"
    ensure_apt_packages postgresql
    PG_BINDIR="$(find_pg_bindir "${1:-}")" || die "PostgreSQL installed but initdb/pg_ctl still not found under /usr/lib/postgresql"
}

# The unprivileged account that owns private clusters when we run as root.
CMS_PG_OS_USER="${CMS_PG_OS_USER:-postgres}"

# ensure_pg_os_user: initdb/pg_ctl refuse to run as root, so as root make sure
# the 'postgres' account exists (Debian's package creates it; a hand-built
# PostgreSQL may not have).
ensure_pg_os_user() {
    is_root || return 0
    id -u "$CMS_PG_OS_USER" >/dev/null 2>&1 && return 0
    log "creating system user $CMS_PG_OS_USER"
    useradd --system --user-group --home-dir /var/lib/postgresql --no-create-home \
        --shell /usr/sbin/nologin "$CMS_PG_OS_USER" || die "cannot create user $CMS_PG_OS_USER"
}

# as_pg CMD...: run CMD as the cluster owner: the postgres account when we are
# root (runuser needs no password), ourselves otherwise. From / because the
# caller's cwd (e.g. under /root) may be closed to that account; every path
# handed to it is absolute.
as_pg() {
    if is_root; then
        (cd / && runuser -u "$CMS_PG_OS_USER" -- "$@")
    else
        "$@"
    fi
}

# own_by_pg PATH...: hand files/dirs to the cluster owner (no-op when not root).
own_by_pg() {
    is_root || return 0
    chown "$CMS_PG_OS_USER:$(id -gn "$CMS_PG_OS_USER")" "$@"
}

# random_secret: 48 hex characters; hex so it never needs quoting in a
# connection string or a shell.
random_secret() {
    if have openssl; then
        openssl rand -hex 24
    else
        od -An -tx1 -N24 /dev/urandom | tr -d ' \n'
        echo
    fi
}

# port_in_use HOST PORT: true when something accepts TCP connections there.
port_in_use() {
    (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

# connect_host BIND: the address a local client uses to reach a server bound
# to BIND (a wildcard bind is reached through loopback).
connect_host() {
    case "$1" in
        0.0.0.0 | '*' | '+' | '') echo 127.0.0.1 ;;
        :: | '[::]') echo '[::1]' ;;
        *:*) [[ "$1" == \[* ]] && echo "$1" || echo "[$1]" ;; # IPv6 literal in a URL
        *) echo "$1" ;;
    esac
}

# url_host BIND: BIND as it must appear in a URL (IPv6 literals in brackets).
url_host() {
    case "$1" in
        \[*) echo "$1" ;;
        *:*) echo "[$1]" ;;
        *) echo "$1" ;;
    esac
}

# --- frontend ------------------------------------------------------------------
# ensure_node_modules DIR: `npm ci` only when node_modules is missing or older
# than package-lock.json (npm's own node_modules/.package-lock.json is the
# stamp), so repeated runs do not reinstall.
ensure_node_modules() {
    local dir="$1"
    have npm || { is_root && ensure_apt_packages nodejs npm; }
    have npm || die "npm not found; install Node.js 20 to build frontend/"
    if [[ -f "$dir/package-lock.json" ]]; then
        if [[ ! -f "$dir/node_modules/.package-lock.json" || "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]]; then
            log "npm ci in ${dir#"$CMS_ROOT"/}"
            (cd "$dir" && npm ci --no-audit --no-fund </dev/null >&2)
        fi
    elif [[ ! -d "$dir/node_modules" ]]; then
        # No lock file committed yet: npm ci would refuse, npm install works.
        warn "${dir#"$CMS_ROOT"/}/package-lock.json missing; using npm install"
        (cd "$dir" && npm install --no-audit --no-fund </dev/null >&2)
    fi
}

# npm_has_script DIR NAME: true when DIR/package.json defines scripts.NAME.
npm_has_script() {
    node -e 'const p=require(process.argv[1]);process.exit(p.scripts&&p.scripts[process.argv[2]]?0:1)' \
        "$1/package.json" "$2" 2>/dev/null
}
