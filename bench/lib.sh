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
    # The replica is never kept: pg_basebackup makes another from the kept primary in seconds.
    if [[ -d "$WORK/replica" ]]; then as_pg "$PG_BINDIR/pg_ctl" stop -m immediate -D "$WORK/replica" >/dev/null 2>&1 || true; fi
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

# bench_start_replica [SERVER OPTIONS]: a streaming replica of the bench cluster on
# 127.0.0.1:$REPLICA_PORT (pg_basebackup of it, hot_standby on, the options given: the primary's
# memory settings), returned once it has replayed everything the primary had written. initdb's
# pg_hba.conf lets 127.0.0.1 connect for replication, trust like the rest.
bench_start_replica() {
    REPLICA_PORT="$(free_port)"
    log "streaming replica on 127.0.0.1:$REPLICA_PORT (pg_basebackup of the primary)"
    grep -Eq '^host[[:space:]]+replication[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+trust' "$WORK/pg/pg_hba.conf" \
        || die "the bench cluster's pg_hba.conf allows no replication from 127.0.0.1"
    as_pg "$PG_BINDIR/pg_basebackup" -h 127.0.0.1 -p "$PG_PORT" -U postgres -D "$WORK/replica" -R -X stream -c fast
    as_pg "$PG_BINDIR/pg_ctl" start -w -D "$WORK/replica" -l "$WORK/replica.log" \
        -o "-p $REPLICA_PORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=200 -c hot_standby=on ${1:-}" >/dev/null
    local target replayed
    target="$(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qtAc "SELECT pg_current_wal_insert_lsn()")"
    for _ in $(seq 1 300); do
        replayed="$(psql -h 127.0.0.1 -p "$REPLICA_PORT" -U postgres -d postgres -qtAc \
            "SELECT coalesce(pg_last_wal_replay_lsn() >= '$target', false)")"
        [[ "$replayed" == t ]] && return 0
        sleep 1
    done
    die "the replica did not replay up to $target within 5 minutes (see $WORK/replica.log)"
}

# cpu_ticks PID [REAPED]: CPU time (clock ticks, user + system, all threads) the process has used,
# and with REAPED=1 also that of its children which have ended; 0 if it has gone.
cpu_ticks() { awk -v reaped="${2:-0}" '{ sub(/^.*\) /, ""); print $12 + $13 + (reaped ? $14 + $15 : 0) }' "/proc/$1/stat" 2>/dev/null || echo 0; }

# cluster_cpu_ticks DATA_DIRECTORY: CPU time (clock ticks) all of a cluster's processes have used:
# the postmaster (the first line of postmaster.pid), its children alive, and its children that
# have ended (the postmaster reaps them), so closed sessions and parallel workers count too.
cluster_cpu_ticks() {
    local postmaster pid total
    postmaster="$(head -n 1 "$1/postmaster.pid")"
    total="$(cpu_ticks "$postmaster" 1)"
    for pid in $(ps -o pid= --ppid "$postmaster"); do
        total=$((total + $(cpu_ticks "$pid")))
    done
    echo "$total"
}

wait_for() { # URL: any HTTP answer means the server is up
    for _ in $(seq 1 120); do
        [[ "$(curl -s -o /dev/null -w '%{http_code}' "$1" 2>/dev/null)" != 000 ]] && return 0
        sleep 1
    done
    die "$1 did not come up"
}

# bench_start_api TREE URL LOG [NAME=VALUE ...]: the Release API built in TREE (Cms.Api under
# it), listening on URL, on the bench database, logging warnings to LOG, with the per-IP
# beacon limit off (wrk sends from one address) and the settings given, which win over these
# defaults. Sets api_pid and returns once it answers.
bench_start_api() {
    local tree="$1" url="$2" log_file="$3"
    shift 3
    (cd "$tree/Cms.Api" && exec env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
        ConnectionStrings__Cms="Host=127.0.0.1;Port=$PG_PORT;Database=cms_bench;Username=postgres;Maximum Pool Size=60" \
        Cms__RateLimits__BeaconPerMinute=0 "$@" \
        dotnet bin/Release/net10.0/Cms.Api.dll --urls "$url") >> "$log_file" 2>&1 &
    api_pid=$!
    pids+=("$api_pid")
    wait_for "$url/health/live"
}

# --- the archive the benchmarks read ------------------------------------------------------------
STREAMS="${STREAMS:-${BENCH_STREAMS:-2}}"
SEED_TEXT="$CMS_ROOT/Cms.Infrastructure/Seeding/Data/seed-page.txt"
# Category ids of the demo tree (Cms.Infrastructure/Seeding/Data/demo-content.json) with
# relative weights: 2 Kinh tế and its children 9, 10, 11 get 40 of 80.
CATEGORY_WEIGHTS="2:10,9:10,10:10,11:10,1:5,6:5,7:5,8:5,3:10,4:5,5:5"
TAG_POOL=500
RARE_TAG_NAME="Hiếm gặp"
RARE_TAG="hiem-gap"

# bench_seed_archive ITEMS: ITEMS generated items (bench/README.md, "What it does", 1) loaded
# into the database psql_ reaches, which the API has migrated and filled with the demo
# content. Sets first_seeded_id, COMMON_TAG and the times seed_started, copied, indexed, seeded.
bench_seed_archive() {
    local items="$1"
    log "seeding $items items in $STREAMS COPY streams"
    seed_started=$(date +%s.%N)
    # Bulk load the usual way: indexes and row triggers (the changes feed's log, NOTIFY) off
    # while COPY runs; the same indexes are built afterwards from their own definitions.
    psql_ -c "SELECT indexdef || ';' FROM pg_indexes WHERE tablename = 'content_items' AND indexname <> 'pk_content_items'" > "$WORK/indexes.sql"
    psql_ -c "SELECT string_agg(format('DROP INDEX %I;', indexname), ' ') FROM pg_indexes WHERE tablename = 'content_items' AND indexname <> 'pk_content_items'" | psql_
    psql_ -c "ALTER TABLE content_items DISABLE TRIGGER USER"
    first_seeded_id="$(psql_ -c "SELECT coalesce(max(id), 0) + 1 FROM content_items")"
    local columns="type, slug, title, summary, category_id, author, status, published_at, created_at, updated_at, body, closing, description, duration_seconds, cover_image, exchanges, interviewee, source, search_text"
    local copy_pids=() part pid gin_pid
    for ((part = 0; part < STREAMS; part++)); do
        (python3 "$CMS_ROOT/bench/archive_rows.py" "$items" "$SEED_TEXT" "$CATEGORY_WEIGHTS" "$part/$STREAMS" \
            | psql_ -c "COPY content_items ($columns) FROM STDIN") &
        copy_pids+=("$!")
    done
    for pid in "${copy_pids[@]}"; do wait "$pid" || die "a COPY stream failed"; done
    copied=$(date +%s.%N)
    # Two sessions build the indexes side by side: the full-text (GIN) one alone, the rest together.
    (grep -i 'USING gin' "$WORK/indexes.sql" | psql_ -c "SET maintenance_work_mem = '1GB'" -f -) &
    gin_pid=$!
    grep -vi 'USING gin' "$WORK/indexes.sql" | psql_ -c "SET maintenance_work_mem = '1GB'" -f -
    wait "$gin_pid" || die "building the search index failed"
    indexed=$(date +%s.%N)
    # Imported view counts, as a portal moving here would bring. (The changes feed does not list
    # the seeded items: its trigger was off, and no benchmark reads the feed.)
    psql_ -c "ALTER TABLE content_items ENABLE TRIGGER USER" \
        -c "INSERT INTO content_view_totals (content_id, views, imported)
            SELECT id, v, v FROM (SELECT id, (random() * random() * 20000)::bigint AS v FROM content_items
                                  WHERE id >= $first_seeded_id AND status = 'Published') AS imported_counts"
    # Tags as a newsroom uses them: two draws per item from a skewed pool of $TAG_POOL (the demo's
    # first), so the most used is on about one item in four, most on one to five thousand; and one rare
    # tag on every 20,000th item (50). The links' row triggers are off, so each is given its
    # item's state here, as the trigger would (the TagListIndex migration).
    psql_ -c "ALTER TABLE content_item_tags DISABLE TRIGGER USER" \
        -c "INSERT INTO tags (name, slug) SELECT 'Chủ đề ' || g, 'chu-de-' || g FROM generate_series(1, $TAG_POOL - (SELECT count(*) FROM tags)) AS g" \
        -c "INSERT INTO tags (name, slug) VALUES ('$RARE_TAG_NAME', '$RARE_TAG')" \
        -c "INSERT INTO content_item_tags (content_item_id, tags_id, status, published_at)
            SELECT DISTINCT drawn.item, pool.id, drawn.status, drawn.published_at
            FROM (SELECT c.id AS item, c.status, c.published_at, 1 + floor($TAG_POOL * power(random(), 3))::int AS n
                  FROM content_items c, generate_series(1, 2) WHERE c.id >= $first_seeded_id) AS drawn
            JOIN (SELECT row_number() OVER (ORDER BY id) AS n, id FROM tags WHERE slug <> '$RARE_TAG') AS pool USING (n)" \
        -c "INSERT INTO content_item_tags (content_item_id, tags_id, status, published_at)
            SELECT c.id, (SELECT id FROM tags WHERE slug = '$RARE_TAG'), c.status, c.published_at FROM content_items c
            WHERE c.id >= $first_seeded_id AND c.id % 20000 = 0" \
        -c "ALTER TABLE content_item_tags ENABLE TRIGGER USER"
    COMMON_TAG="$(psql_ -c "SELECT t.slug FROM content_item_tags it JOIN tags t ON t.id = it.tags_id GROUP BY t.slug ORDER BY count(*) DESC LIMIT 1")"
    # VACUUM marks the pages all-visible, so deep pages can read ids from the index alone.
    psql_ -c "VACUUM (ANALYZE) content_items" -c "VACUUM (ANALYZE) content_view_totals" -c "VACUUM (ANALYZE) content_item_tags" -c "VACUUM (ANALYZE) tags"
    seeded=$(date +%s.%N)
}
