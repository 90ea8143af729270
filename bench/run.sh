#!/usr/bin/env bash
# bench/run.sh: the delivery API at a million items (issue 6); a benchmark, not a test.
#
# 1. Seeds a throwaway PostgreSQL with BENCH_ITEMS content items (default 1,000,000) of
#    Vietnamese news text generated from the seed page's words (bench/archive_rows.py),
#    with COPY in parallel streams, then builds the indexes the migrations define.
# 2. Starts the Release API with the output cache on, then again with it off, and measures
#    with wrk, for each of: the newest 20 of a section, page 5,000 of that section, the
#    cursor page equivalent to it, the newest 20 of a common and of a rare tag (the tags are
#    drawn after the COPY: a skewed pool of 500), one article by slug, the same with a matching
#    If-None-Match (304), an unaccented two-word search, /api/v1/stats:
#      - requests/s, p50 and p99 at saturation (BENCH_CONNECTIONS connections),
#      - p50 and p99 at light load (BENCH_LIGHT_CONNECTIONS connections: the time one
#        reader waits when the server is not queueing requests),
#      - requests/s of bench/Ceiling (Kestrel answering fixed bytes of the same size,
#        measured right after, same wrk settings) and the ratio to it.
#    With BENCH_BASELINE=<git revision>, that revision's API is built too and measured first,
#    then this one, endpoint set by endpoint set on the same database: "no regression" is read
#    from two tables taken minutes apart on the same data.
# 3. Prints the issue's targets, each with its measured figure.
# With BENCH_REPLICA=1 (issue 22), a streaming replica of the seeded database is made too
# (pg_basebackup, same memory settings), and in the cache-off mode the article and the section
# pages are measured again: API reading the primary, then API reading the replica
# (ConnectionStrings__CmsReplicas), same wrk settings, each with the CPU it cost per 1,000
# requests (the API, the primary's processes, the replica's) and where its reads went
# (pg_stat_database); then what the replica position check costs: its query alone (pgbench),
# and the article read on the replica while a content change commits every second.
#
# Usage: bench/run.sh            (about 25 minutes on 2 cores; BENCH_REPLICA=1 adds ~6 minutes)
# Knobs: BENCH_ITEMS, BENCH_SECONDS (per measurement, default 10), BENCH_WARMUP (10), BENCH_CONNECTIONS (32),
#        BENCH_LIGHT_CONNECTIONS (2), BENCH_THREADS (2), BENCH_CACHE ("on off"; empty: no delivery figures),
#        BENCH_STREAMS (COPY streams, default 2), BENCH_KEEP=1 (keep the database and say where),
#        BENCH_BASELINE (a git revision to measure against, e.g. main~3),
#        BENCH_ONLY (a grep -E pattern: only the endpoints whose names match, e.g. "related"),
#        BENCH_REPLICA=1 (reads on a replica too, with the cache-off mode).
# wrk sends no Accept-Encoding, so neither side compresses; the sizes printed are raw bodies.
set -euo pipefail
CMS_LOG_TAG="bench"
# shellcheck source=../scripts/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/common.sh"
ROOT="$CMS_ROOT"
ITEMS="${BENCH_ITEMS:-1000000}"
SECONDS_PER_RUN="${BENCH_SECONDS:-10}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
LIGHT_CONNECTIONS="${BENCH_LIGHT_CONNECTIONS:-2}"
THREADS="${BENCH_THREADS:-2}"
MODES="${BENCH_CACHE-on off}" # empty: seed and time the corrections only
STREAMS="${BENCH_STREAMS:-2}"
BASELINE="${BENCH_BASELINE:-}"
REPLICA="${BENCH_REPLICA:-0}"
# The big section: "Kinh tế" with its three sub-sections holds half of the archive, so a
# section list is a merge of four category branches and page 5,000 is far from its end.
SECTION="kinh-te"
SEARCH_QUERY="dang bo" # "Đảng bộ", typed without tone marks

# shellcheck source=lib.sh
source "$ROOT/bench/lib.sh"
API_PORT="$(free_port)"
CEILING_PORT="$(free_port)"
# Memory for a server holding a million items (the defaults are sized for a laptop's first
# run: 128 MB of buffers); what an operator would give production on this machine.
PG_SETTINGS="-c shared_buffers=2GB -c effective_cache_size=8GB -c maintenance_work_mem=1GB -c max_wal_size=8GB -c checkpoint_timeout=30min"
bench_start_postgres "$PG_SETTINGS"
psql_() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d cms_bench -v ON_ERROR_STOP=1 -qtA "$@"; }
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE cms_bench"

log "building the Release API and the ceiling app"
dotnet build "$ROOT/Cms.Api" -c Release --nologo -v q >&2
dotnet build "$ROOT/bench/Ceiling" -c Release --nologo -v q >&2
if [[ -n "$BASELINE" ]]; then
    baseline_label="$(git -C "$ROOT" rev-parse --short "$BASELINE")" || die "BENCH_BASELINE: no revision $BASELINE"
    log "building the baseline API, $baseline_label"
    mkdir -p "$WORK/baseline"
    git -C "$ROOT" archive "$BASELINE" | tar -x -C "$WORK/baseline"
    dotnet build "$WORK/baseline/Cms.Api" -c Release --nologo -v q >&2
fi

ADMIN_PASSWORD="bench-admin-password-$RANDOM$RANDOM"
start_api() { # DEMO_CONTENT OUTPUT_CACHE [SOURCE_TREE, default this one] [NAME=VALUE ...]
    bench_start_api "${3:-$ROOT}" "http://127.0.0.1:$API_PORT" "$WORK/api.log" \
        Cms__DataDirectory="$WORK/data" Cms__Admin__Password="$ADMIN_PASSWORD" \
        Cms__DemoContent__Enabled="$1" Cms__Cache__OutputCache="$2" "${@:4}"
}
stop_api() { kill -TERM "$api_pid" 2>/dev/null && wait "$api_pid" 2>/dev/null || true; }

# --- 1. Schema, categories, then a million items ---------------------------------------------
log "migrating and loading the demo content (categories, 65 items) through the API"
start_api true true
stop_api

bench_seed_archive "$ITEMS"
table_size="$(psql_ -c "SELECT pg_size_pretty(pg_total_relation_size('content_items'))")"
item_count="$(psql_ -c "SELECT count(*) FROM content_items")"
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", b - a }'; }
seed_summary="$(printf 'seeded %s items (%s with indexes) in %s s: COPY %s s, indexes %s s, view counts and VACUUM %s s' \
    "$item_count" "$table_size" "$(secs "$seed_started" "$seeded")" "$(secs "$seed_started" "$copied")" \
    "$(secs "$copied" "$indexed")" "$(secs "$indexed" "$seeded")")"
log "$seed_summary"
if [[ "$REPLICA" == 1 ]]; then bench_start_replica "$PG_SETTINGS"; fi

# --- 2. Measurements ---------------------------------------------------------------------------
log "starting the ceiling app on 127.0.0.1:$CEILING_PORT"
(cd "$ROOT/bench/Ceiling" && ConnectionStrings__Cms="Host=127.0.0.1;Port=$PG_PORT;Database=cms_bench;Username=postgres" \
    exec dotnet bin/Release/net10.0/Ceiling.dll --urls "http://127.0.0.1:$CEILING_PORT") > "$WORK/ceiling.log" 2>&1 &
pids+=("$!")
wait_for "http://127.0.0.1:$CEILING_PORT/0"

header_args() { [[ -n "${1:-}" ]] && printf '%s\n' -H "$1"; return 0; } # HEADER → -H HEADER, one per line

run_wrk() { # CONNECTIONS SECONDS URL [HEADER]: prints the BENCH line
    local threads=$((THREADS < $1 ? THREADS : $1)) extra
    mapfile -t extra < <(header_args "${4:-}")
    wrk -t"$threads" -c"$1" -d"$2s" --latency -s "$ROOT/bench/measure.lua" "${extra[@]}" "$3" < /dev/null | grep '^BENCH'
}
field() { sed -n "s/.*[ ]$2=\([0-9]*\).*/\1/p" <<<"$1"; }
rate() { awk -v r="$(field "$1" requests)" -v d="$(field "$1" duration_us)" 'BEGIN { printf "%.0f", r / (d / 1e6) }'; }
ms() { awk -v u="$(field "$1" "$2")" 'BEGIN { printf "%.1f", u / 1000 }'; }
json_field() { python3 -c 'import json, sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }

# --- 2b. Reads on a replica (BENCH_REPLICA=1, with the cache-off mode) ----------------------------
# The article and the section pages, read by the API from the primary, then by an API told of
# the replica; same data, same wrk settings, one after the other. On this machine the replica
# shares the cores with the primary, the API and wrk, so besides requests/s each run records what
# a request cost in CPU: the API process, and every process of each cluster (cluster_cpu_ticks).
# Where the reads went is counted by the server: cms_bench's committed transactions on each
# (pg_stat_database, read from the postgres database so that reading it counts nowhere).
REPLICA_ENDPOINTS='^(article by slug|section, newest 20|section, page [0-9]+)[|]'
# A backend that goes idle publishes its last second of statistics up to 10 s later
# (PGSTAT_IDLE_INTERVAL): counts are read that long after any load, before and after each run.
STATS_SETTLE=11
replica_results="$WORK/replica.tsv"
xacts() { psql -h 127.0.0.1 -p "$1" -U postgres -d postgres -qtAc "SELECT xact_commit FROM pg_stat_database WHERE datname = 'cms_bench'"; }
# The API's, each cluster's, and the whole machine's busy ticks (user, nice, system, irq, softirq): what
# the machine did beyond the three is wrk and whatever else runs here, the run's noise.
cpu_now() {
    echo "$(cpu_ticks "$api_pid") $(cluster_cpu_ticks "$WORK/pg") $(cluster_cpu_ticks "$WORK/replica")" \
        "$(awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8 }' /proc/stat)"
}
change_every_second() { # COUNT: a content change committed on the primary each second (one NOTIFY each: the trigger is per statement)
    local i
    for ((i = 0; i < $1; i++)); do
        echo "UPDATE content_items SET updated_at = updated_at WHERE id = $first_seeded_id;"
        sleep 1
    done | psql_ > /dev/null
}
check_latency() { # PORT SQL: pgbench's average latency of SQL in ms, one client, 5 s
    echo "$2;" > "$WORK/check.sql"
    "$PG_BINDIR/pgbench" -n -M extended -f "$WORK/check.sql" -T 5 -c 1 -h 127.0.0.1 -p "$1" -U postgres cms_bench 2>/dev/null \
        | sed -n 's/^latency average = \([0-9.]*\) ms$/\1/p'
}
replica_run() { # NAME URL READS_ON [CHANGES]: one loaded run → a row of $replica_results
    local name="$1" url="$2" on="$3" changes="${4:-0}" before after cpu_before cpu_after loaded changer=""
    sleep "$STATS_SETTLE"
    before="$(xacts "$PG_PORT") $(xacts "$REPLICA_PORT")"
    cpu_before="$(cpu_now)"
    if ((changes > 0)); then
        change_every_second "$changes" &
        changer=$!
        pids+=("$changer")
    fi
    loaded="$(run_wrk "$CONNECTIONS" "$SECONDS_PER_RUN" "$url")"
    cpu_after="$(cpu_now)"
    [[ -z "$changer" ]] || wait "$changer" || die "the content changes failed"
    sleep "$STATS_SETTLE"
    after="$(xacts "$PG_PORT") $(xacts "$REPLICA_PORT")"
    # name, reads on, changes, requests, req/s, p50, p99, failures, CPU ticks (API, primary, replica),
    # transactions (primary, replica), the machine's busy ticks, wrk's duration (µs)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$on" "$changes" "$(field "$loaded" requests)" "$(rate "$loaded")" \
        "$(ms "$loaded" p50_us)" "$(ms "$loaded" p99_us)" "$(($(field "$loaded" errors) + $(field "$loaded" non2xx)))" \
        "$(paste -d' ' <(echo "$cpu_before") <(echo "$cpu_after") | awk '{ printf "%d\t%d\t%d", $5 - $1, $6 - $2, $7 - $3 }')" \
        "$(paste -d' ' <(echo "$before") <(echo "$after") | awk '{ printf "%d\t%d", $3 - $1, $4 - $2 }')" \
        "$(paste -d' ' <(echo "$cpu_before") <(echo "$cpu_after") | awk '{ print $8 - $4 }')" "$(field "$loaded" duration_us)" >> "$replica_results"
}
replica_reads() { # reads $WORK/endpoints (as BENCH_ONLY left it) and $slug
    grep -E "$REPLICA_ENDPOINTS" "$WORK/endpoints" > "$WORK/replica-endpoints" || { warn "BENCH_ONLY leaves no endpoint to read on the replica"; return 0; }
    : > "$replica_results"
    local on name path replicas=()
    for on in primary replica; do
        if [[ "$on" == replica ]]; then replicas=(ConnectionStrings__CmsReplicas="Host=127.0.0.1;Port=$REPLICA_PORT"); fi
        log "reads on the $on: starting the API (output cache off)"
        start_api false false "$ROOT" "${replicas[@]}"
        if [[ "$on" == replica ]]; then
            local ready=""
            for _ in $(seq 1 30); do
                ready="$(curl -s "$api/health/ready")"
                [[ "$ready" == *'"replicas":{"status":"healthy"'* ]] && break
                sleep 1
            done
            [[ "$ready" == *'"replicas":{"status":"healthy"'* ]] || die "the API does not have the replica in rotation: $ready"
        fi
        while IFS='|' read -r name path _; do
            log "reads on the $on · $name: warm-up, then $CONNECTIONS connections"
            run_wrk "$CONNECTIONS" "${BENCH_WARMUP:-10}" "$path" > /dev/null
            replica_run "$name" "$path" "$on"
        done < "$WORK/replica-endpoints"
        if [[ "$on" == primary ]]; then stop_api; fi
    done
    # The position check: reads after a change go to the primary until the replica is known to
    # have replayed past it. The article again on the same API, without changes and with one
    # committed on the primary every second (an old item's: every change counts, whatever it touched).
    log "position check: the article on the replica without changes, then with a change a second"
    replica_run "article by slug" "$api/api/v1/articles/$slug" "replica, no changes"
    replica_run "article by slug" "$api/api/v1/articles/$slug" "replica, a change a second" "$SECONDS_PER_RUN"
    stop_api
    # Its queries alone, on idle servers: one client, one after the other, 5 s each.
    replay_ms="$(check_latency "$REPLICA_PORT" "SELECT pg_last_wal_replay_lsn()")"
    insert_ms="$(check_latency "$PG_PORT" "SELECT pg_current_wal_insert_lsn()")"
    select1_ms="$(check_latency "$REPLICA_PORT" "SELECT 1")"
}

api="http://127.0.0.1:$API_PORT"
results="$WORK/results.tsv"
: > "$results"
# The labels of the result tables: the mode, or with a baseline "off, 1e64d39" before "off".
labels=()
for mode in $MODES; do
    [[ -n "$BASELINE" ]] && labels+=("$mode, $baseline_label")
    labels+=("$mode")
done
for label in "${labels[@]}"; do
    mode="${label%%,*}"
    tree="$ROOT"
    [[ "$label" == *,* ]] && tree="$WORK/baseline"
    case "$mode" in on) cache=true ;; off) cache=false ;; *) die "BENCH_CACHE takes on and/or off, not $mode" ;; esac
    log "output cache $label: starting the API"
    start_api false "$cache" "$tree"

    page1="$(curl -sf "$api/api/v1/content?category=$SECTION")"
    section_total="$(json_field totalItems <<<"$page1")"
    # Deep in the archive: page 5000 (items 99,981-100,000) where the section is that long, else
    # its second to last page (BENCH_ITEMS=200000 gives it 4,999 pages), and the cursor that
    # reaches the same items.
    section_pages="$(json_field totalPages <<<"$page1")"
    deep=$(( section_pages > 5000 ? 5000 : section_pages - 1 ))
    cursor="$(curl -sf "$api/api/v1/content?category=$SECTION&page=$((deep - 1))" | json_field nextCursor)"
    [[ -n "$cursor" && "$cursor" != None ]] || die "page $((deep - 1)) of section $SECTION has no next cursor"
    slug="$(curl -sf "$api/api/v1/articles?pageSize=1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["items"][0]["slug"])')"
    etag="$(curl -sfD - -o /dev/null "$api/api/v1/articles/$slug" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')"
    [[ -n "$etag" ]] || die "the article answered without an ETag"
    query="$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$SEARCH_QUERY")"
    # "Tin liên quan" of the newest article carrying the most used tag: each of its tags' newest
    # links are walked (RelatedItems.PerTag), the tag's quarter of a million never.
    big_tagged="$(psql_ -c "SELECT c.slug FROM content_item_tags l JOIN content_items c ON c.id = l.content_item_id
        WHERE l.tags_id = (SELECT id FROM tags WHERE slug = '$COMMON_TAG') AND l.status = 'Published' AND c.type = 'Article'
        ORDER BY l.published_at DESC LIMIT 1")"

    cat > "$WORK/endpoints" <<EOF
section, newest 20|$api/api/v1/content?category=$SECTION||200
section, page $deep|$api/api/v1/content?category=$SECTION&page=$deep||200
section, cursor equivalent|$api/api/v1/content?category=$SECTION&after=$cursor||200
tag on 1 item in 4, newest 20|$api/api/v1/content?tag=$COMMON_TAG||200
tag on 50 items, newest 20|$api/api/v1/content?tag=$RARE_TAG||200
article by slug|$api/api/v1/articles/$slug||200
article, If-None-Match (304)|$api/api/v1/articles/$slug|If-None-Match: $etag|304
search "$SEARCH_QUERY"|$api/api/v1/search?q=$query||200
stats|$api/api/v1/stats||200
popular tags (newest 1000 items)|$api/api/v1/tags?within=1000||200
related stories of the article|$api/api/v1/articles/$slug/related||200
related stories, item on the most used tag|$api/api/v1/articles/$big_tagged/related||200
EOF
    if [[ "$mode" == off ]]; then
        # Not the API: the same article read by one bare Npgsql query (bench/Ceiling), to show
        # what reaching PostgreSQL once per request costs on this machine by itself.
        echo "reference: bare Npgsql by slug|http://127.0.0.1:$CEILING_PORT/article/$slug||200" >> "$WORK/endpoints"
    fi
    if [[ -n "${BENCH_ONLY:-}" ]]; then
        grep -E "$BENCH_ONLY" "$WORK/endpoints" > "$WORK/endpoints.only" || die "BENCH_ONLY=$BENCH_ONLY names no endpoint"
        mv "$WORK/endpoints.only" "$WORK/endpoints"
    fi
    # The runtime compiles hot code again, optimised with what it saw, well after its first
    # calls: on 2 cores an endpoint that reaches PostgreSQL needs ~30 s of load to reach its
    # steady pace. Every endpoint runs BENCH_WARMUP seconds (10) before anything is measured.
    while IFS='|' read -r name path header expected; do
        run_wrk "$CONNECTIONS" "${BENCH_WARMUP:-10}" "$path" "$header" > /dev/null
    done < "$WORK/endpoints"
    sleep 2

    while IFS='|' read -r name path header expected; do
        url="$path"
        mapfile -t extra < <(header_args "$header")
        answer="$(curl -s -o "$WORK/body" -w '%{http_code} %{size_download}' "${extra[@]}" "$url")"
        [[ "${answer% *}" == "$expected" ]] || die "$name: expected $expected, got ${answer% *} from $url"
        size="${answer#* }"
        log "cache $label · $name ($size bytes): warm-up, $LIGHT_CONNECTIONS connections, $CONNECTIONS connections, ceiling"
        # A loaded run leaves requests queued in the server when wrk stops; each run starts
        # only after they have drained, or it would time them as its own.
        run_wrk "$CONNECTIONS" 3 "$url" "$header" > /dev/null
        sleep 2
        light="$(run_wrk "$LIGHT_CONNECTIONS" "$((SECONDS_PER_RUN / 2 > 2 ? SECONDS_PER_RUN / 2 : 2))" "$url" "$header")"
        loaded="$(run_wrk "$CONNECTIONS" "$SECONDS_PER_RUN" "$url" "$header")"
        sleep 2
        run_wrk "$CONNECTIONS" 2 "http://127.0.0.1:$CEILING_PORT/$size" > /dev/null
        ceiling="$(run_wrk "$CONNECTIONS" "$SECONDS_PER_RUN" "http://127.0.0.1:$CEILING_PORT/$size")"
        failures=$(($(field "$loaded" errors) + $(field "$loaded" non2xx) + $(field "$light" errors) + $(field "$light" non2xx)))
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$name" "$size" "$(rate "$loaded")" \
            "$(ms "$loaded" p50_us)" "$(ms "$loaded" p99_us)" "$(ms "$light" p50_us)" "$(ms "$light" p99_us)" \
            "$(rate "$ceiling")" "$failures" "$section_total" >> "$results"
    done < "$WORK/endpoints"
    stop_api
    if [[ "$label" == off && "$REPLICA" == 1 ]]; then
        replica_reads
    fi
done

# --- 3. Editors' tag corrections at this size -------------------------------------------------
# A rename or merge touches every item carrying the tag in one transaction (the changes feed,
# webhooks and ETags hear of each); timed once each, for the rare tag and the most used one.
log "tag corrections: renaming and merging tags as an editor would"
start_api false true
token="$(curl -sf -H 'Content-Type: application/json' -d "{\"userName\":\"admin\",\"password\":\"$ADMIN_PASSWORD\"}" "$api/api/v1/auth/token" | json_field accessToken)"
correct() { # LABEL PATH BODY: times one correction, appends "LABEL<TAB>seconds<TAB>items" to the results
    local answer
    answer="$(curl -s -o "$WORK/body" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$3" "$api/api/v1/manage/tags/$2")"
    if [[ "${answer% *}" == 200 ]]; then
        printf '%s\t%s\t%s\n' "$1" "${answer#* }" "$(json_field itemCount < "$WORK/body")" >> "$WORK/tags.tsv"
    else
        printf '%s\t%s\t%s\n' "$1" "${answer#* }" "FAILED: HTTP ${answer% *}" >> "$WORK/tags.tsv"
    fi
}
: > "$WORK/tags.tsv"
correct "rename the rare tag" "$RARE_TAG/rename" '{"name":"Hiếm gặp lắm"}'
correct "rename it back" "hiem-gap-lam/rename" "{\"name\":\"$RARE_TAG_NAME\"}"
common_name="$(psql_ -c "SELECT name FROM tags WHERE slug = '$COMMON_TAG'")"
correct "rename the most used tag" "$COMMON_TAG/rename" "{\"name\":\"$common_name (sửa)\"}"
correct "rename it back" "$COMMON_TAG-sua/rename" "{\"name\":\"$common_name\"}"
correct "merge the rare tag into the most used" "$RARE_TAG/merge" "{\"into\":\"$COMMON_TAG\"}"
stop_api

# --- 4. Report ---------------------------------------------------------------------------------
echo
echo "Delivery benchmark: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), PostgreSQL $("$PG_BINDIR/postgres" --version | awk '{ print $3 }'), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "  $seed_summary"
echo "  section '$SECTION': $(awk -F'\t' 'NR == 1 { print $11 }' "$results") published items (page $deep = items $(( (deep - 1) * 20 + 1 ))-$(( deep * 20 )))"
echo "  wrk -t$THREADS, ${SECONDS_PER_RUN}s per figure; loaded = $CONNECTIONS connections, light = $LIGHT_CONNECTIONS connections;"
echo "  ceiling = bench/Ceiling answering the same number of bytes, same wrk settings, measured right after"
for label in "${labels[@]}"; do
    echo
    echo "Output cache $label"
    printf '  %-32s %8s %9s %8s %8s | %8s %8s | %9s %6s %s\n' endpoint bytes "req/s" "p50 ms" "p99 ms" "p50 ms" "p99 ms" "ceiling" ratio ""
    printf '  %-32s %8s %9s %8s %8s | %17s | %16s\n' "" "" "(loaded)" "" "" "(light load)" ""
    awk -F'\t' -v m="$label" '$1 == m {
        printf "  %-32s %8s %9s %8s %8s | %8s %8s | %9s %5.0f%%%s\n", $2, $3, $4, $5, $6, $7, $8, $9, 100 * $4 / $9, ($10 > 0 ? "  (" $10 " failed requests)" : "")
    }' "$results"
done

if [[ -s "$WORK/replica.tsv" ]]; then
    echo
    echo "Reads on a replica (output cache off): the API reading the primary, then an API reading the replica"
    echo "  (a streaming replica on the same machine, same memory settings); wrk -t$THREADS -c$CONNECTIONS, ${SECONDS_PER_RUN}s each;"
    echo "  CPU = user + system seconds per 1,000 requests (/proc); xacts = cms_bench transactions committed per request (pg_stat_database)"
    echo "  rest = the machine's other busy CPU during the run (wrk, and any other work), in cores"
    printf '  %-26s %-9s %8s %7s %7s | %7s %7s %7s | %7s %7s | %5s\n' endpoint "reads on" "req/s" "p50 ms" "p99 ms" "CPU API" primary replica "xacts P" "xacts R" rest
    awk -F'\t' -v hz="$(getconf CLK_TCK)" '
        function row(label, f,    k) {
            split(f, c, "\t"); k = 1000 / hz / c[4]
            printf "  %-26s %-9s %8s %7s %7s | %7.3f %7.3f %7.3f | %7.2f %7.2f | %5.2f%s\n", label, c[2], c[5], c[6], c[7], c[9] * k, c[10] * k, c[11] * k, c[12] / c[4], c[13] / c[4], (c[14] - c[9] - c[10] - c[11]) / hz / (c[15] / 1e6), (c[8] > 0 ? "  (" c[8] " failed requests)" : "")
        }
        $2 == "primary" || $2 == "replica" { if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } line[$1, $2] = $0 }
        END {
            for (i = 1; i <= n; i++) {
                e = order[i]; row(e, line[e, "primary"])
                if (!((e, "replica") in line)) continue
                row("", line[e, "replica"])
                split(line[e, "primary"], p, "\t"); split(line[e, "replica"], r, "\t")
                printf "  %-26s %-9s %7.2fx %6.2fx %6.2fx | %6.2fx %7s %6.2fx |\n", "", "ratio", r[5] / p[5], r[6] / p[6], r[7] / p[7], (r[9] / r[4]) / (p[9] / p[4]), "", (r[11] / r[4]) / (p[10] / p[4])
            }
        }' "$WORK/replica.tsv"
    echo "  (ratio: replica / primary; under \"replica\": the replica's CPU per request when read / the primary's when read)"
    echo
    echo "The position check (reads after a change go to the primary until the replica is known to have replayed it)"
    echo "  its queries alone (pgbench -c 1 -T 5, extended protocol, idle servers), latency average:"
    echo "    SELECT pg_last_wal_replay_lsn() on the replica ${replay_ms} ms; SELECT pg_current_wal_insert_lsn() on the primary ${insert_ms} ms; SELECT 1 on the replica ${select1_ms} ms"
    echo "  the article read on the replica, without changes and with a change committed on the primary every second:"
    printf '  %-40s %8s %7s %7s | %7s %7s %7s | %10s %10s | %5s\n' "" "req/s" "p50 ms" "p99 ms" "CPU API" primary replica "xacts on P" "xacts on R" rest
    awk -F'\t' -v hz="$(getconf CLK_TCK)" '$2 ~ /^replica, / {
        k = 1000 / hz / $4
        printf "  %-40s %8s %7s %7s | %7.3f %7.3f %7.3f | %10d %10d | %5.2f%s\n", $2 (($3 > 0) ? " (" $3 " changes)" : ""), $5, $6, $7, $9 * k, $10 * k, $11 * k, $12, $13, ($14 - $9 - $10 - $11) / hz / ($15 / 1e6), ($8 > 0 ? "  (" $8 " failed requests)" : "")
        if ($3 == 0) { quiet = $12; per_request = $13 / $4 }
        else if (per_request > 0) {
            # Beyond the quiet run: each change itself and one read of the primary position per change; the rest were reads.
            reads = ($12 - quiet - 2 * $3) / per_request
            printf "  → about %.0f of %d reads went to the primary (%.2f%%), %.1f per change: %d more transactions there than without changes, less 2 per change\n", reads, $4, 100 * reads / $4, reads / $3, $12 - quiet
        }
    }' "$WORK/replica.tsv"
fi

echo
echo "Tag corrections (one request each, items carrying the tag after it)"
awk -F'\t' '{ printf "  %-40s %7.2f s  %8s items\n", $1, $2, $3 }' "$WORK/tags.tsv"

echo
echo "Targets (issue 6)"
check() { # LABEL VALUE OP LIMIT UNIT
    local verdict
    [[ -n "$2" ]] || return 0 # not measured (BENCH_ONLY)
    verdict=$(awk -v v="$2" -v l="$4" -v op="$3" 'BEGIN { print ((op == ">=" ? v >= l : v < l) ? "met" : "MISSED") }')
    printf '  %-62s %8s %-2s (target %s %s %s)  %s\n' "$1" "$2" "$5" "$3" "$4" "$5" "$verdict"
}
ratio_of() { awk -F'\t' -v m="$1" -v n="$2" '$1 == m && $2 == n { printf "%.0f", 100 * $4 / $9 }' "$results"; }
value_of() { awk -F'\t' -v m="$1" -v n="$2" -v c="$3" '$1 == m && $2 == n { print $c }' "$results"; }
seed_seconds="$(secs "$seed_started" "$seeded")"
check "seeding $item_count items" "$seed_seconds" "<" 300 s
for mode in $MODES; do
    if [[ "$mode" == on ]]; then
        check "cache on: article by slug, share of the ceiling" "$(ratio_of on "article by slug")" ">=" 50 %
        check "cache on: section page 1, share of the ceiling" "$(ratio_of on "section, newest 20")" ">=" 50 %
    else
        check "cache off: article by slug, share of the ceiling" "$(ratio_of off "article by slug")" ">=" 15 %
    fi
    for name in "section, page $deep" "section, cursor equivalent" "search \"$SEARCH_QUERY\""; do
        check "cache $mode: $name, p99 at light load" "$(value_of "$mode" "$name" 8)" "<" 50 ms
        check "cache $mode: $name, p99 loaded ($CONNECTIONS connections)" "$(value_of "$mode" "$name" 6)" "<" 50 ms
    done
done
