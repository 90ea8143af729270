# bench/lib.sh: what the benchmarks share (sourced after scripts/lib/common.sh): the tools,
# a scratch directory, a throwaway PostgreSQL cluster in it, background processes stopped
# on exit, and waiting for a server to answer.

have wrk || ensure_apt_packages wrk
have psql || ensure_apt_packages postgresql-client
have python3 || ensure_apt_packages python3
ensure_pg_bindir # sets PG_BINDIR
ensure_pg_os_user

WORK="$(mktemp -d /tmp/cms-bench.XXXXXX)"
chmod 755 "$WORK"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PG_PORT="$(free_port)"
pids=() # background processes to stop on exit

# shellcheck disable=SC2317 # reached through the EXIT trap
bench_cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    if [[ "${BENCH_KEEP:-0}" == 1 ]]; then
        as_pg "$PG_BINDIR/pg_ctl" stop -m fast -D "$WORK/pg" >/dev/null 2>&1 || true
        log "kept the database: $PG_BINDIR/pg_ctl start -D $WORK/pg -o '-p $PG_PORT -k $WORK' (as postgres)"
        return
    fi
    as_pg "$PG_BINDIR/pg_ctl" stop -m immediate -D "$WORK/pg" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap bench_cleanup EXIT

# bench_start_postgres [SERVER OPTIONS]: a fresh cluster on 127.0.0.1:$PG_PORT, trust auth.
bench_start_postgres() {
    log "throwaway PostgreSQL on 127.0.0.1:$PG_PORT"
    mkdir -p "$WORK/pg" && own_by_pg "$WORK" "$WORK/pg"
    as_pg "$PG_BINDIR/initdb" -D "$WORK/pg" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
    as_pg "$PG_BINDIR/pg_ctl" start -w -D "$WORK/pg" -l "$WORK/pg.log" \
        -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=200 ${1:-}" >/dev/null
}

wait_for() { # URL: any HTTP answer means the server is up
    for _ in $(seq 1 120); do
        [[ "$(curl -s -o /dev/null -w '%{http_code}' "$1" 2>/dev/null)" != 000 ]] && return 0
        sleep 1
    done
    die "$1 did not come up"
}
