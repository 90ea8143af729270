#!/usr/bin/env bash
# bench/site.sh: the site builder (frontend/src/build) against a real API.
#   1. a full build of the demo content: pages, seconds, pages per second, peak memory
#   2. a full build of BENCH_SITE_ITEMS (100,000) generated items (bench_seed_archive, as
#      bench/run.sh seeds them), streamed from the changes feed: the same figures
#   3. publish-to-page latency: BENCH_PUBLISHES (50) articles published one at a time while the
#      builder's watch runs (every BENCH_WATCH_MS, 1000 as run.sh has it): from the publish
#      call's answer to the article's file being in place, p50 and p99
# Knobs: BENCH_SITE_ITEMS, BENCH_PUBLISHES, BENCH_WATCH_MS, BENCH_CONCURRENCY and BENCH_WORKERS
# (the builder's --concurrency and --workers; its defaults),
# BENCH_KEEP=1 (keep the database and say where).
set -euo pipefail
CMS_LOG_TAG="bench"
# shellcheck source=../scripts/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/common.sh"
ROOT="$CMS_ROOT"
ITEMS="${BENCH_SITE_ITEMS:-100000}"
PUBLISHES="${BENCH_PUBLISHES:-50}"
WATCH_MS="${BENCH_WATCH_MS:-1000}"
CONCURRENCY="${BENCH_CONCURRENCY:-}"
WORKERS="${BENCH_WORKERS:-}"
FRONTEND="$ROOT/frontend"

# shellcheck source=lib.sh
source "$ROOT/bench/lib.sh"
[[ -x /usr/bin/time ]] || ensure_apt_packages time
API_PORT="$(free_port)"
API_URL="http://127.0.0.1:$API_PORT"
SITE_URL="https://tintuc.example.vn"
bench_start_postgres "-c shared_buffers=1GB -c effective_cache_size=8GB -c maintenance_work_mem=1GB -c max_wal_size=8GB"
psql_() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d cms_bench -v ON_ERROR_STOP=1 -qtA "$@"; }
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE cms_bench"

log "building the Release API and the site (with its builder)"
dotnet build "$ROOT/Cms.Api" -c Release --nologo -v q >&2
ensure_node_modules "$FRONTEND"
(cd "$FRONTEND" && npm run build >/dev/null)

ADMIN_PASSWORD="bench-admin-password-$RANDOM$RANDOM"
bench_start_api "$ROOT" "$API_URL" "$WORK/api.log" \
    Cms__DataDirectory="$WORK/data" Cms__Admin__Password="$ADMIN_PASSWORD" Cms__Site__BaseUrl="$SITE_URL"
curl -fsS -o /dev/null --retry 30 --retry-connrefused --retry-delay 1 "$API_URL/health"

results=()
# full_build NAME: copies the built site's assets to $WORK/NAME, builds every page into it, and
# appends "NAME pages seconds pages/s peak-MB" to the results.
full_build() {
    local name="$1" out="$WORK/$1" timing pages seconds rss
    cp -R "$FRONTEND/dist" "$out"
    rm -f "$out/index.html" "$out/404.html" "$out/.site-build"
    timing="$WORK/$name.time"
    /usr/bin/time -v -o "$timing" node "$FRONTEND/builder/cli.mjs" build --out "$out" --state "$out.state" \
        --api "$API_URL" --site-url "$SITE_URL" ${CONCURRENCY:+--concurrency "$CONCURRENCY"} ${WORKERS:+--workers "$WORKERS"} >"$WORK/$name.log" 2>&1 \
        || { tail -n 20 "$WORK/$name.log" >&2; die "the $name build failed"; }
    pages="$(find "$out" -name '*.html' ! -name '.*' ! -path "$out/admin/*" | wc -l)"
    seconds="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$timing")"
    rss="$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$timing")"
    log "$name: $pages pages in $seconds s, peak $rss MB"
    results+=("$(printf '%-8s %8d pages %8.1f s %8.0f pages/s %6d MB peak' "$name" "$pages" "$seconds" "$(awk -v p="$pages" -v s="$seconds" 'BEGIN { print p / s }')" "$rss")")
}

# --- 1. the demo content --------------------------------------------------------------------
full_build demo

# --- 2. the archive -----------------------------------------------------------------------------
bench_seed_archive "$ITEMS"
# The changes feed lists what its log holds; the bulk load had the log's trigger off. Logged
# now, oldest first, as if each had been published here.
psql_ -c "INSERT INTO content_changes (content_id, type, tx, changed_at)
          SELECT id, type, pg_current_xact_id()::text::bigint, now() FROM content_items
          WHERE id >= $first_seeded_id ORDER BY published_at, id"
published="$(psql_ -c "SELECT count(*) FROM content_items WHERE status = 'Published'")"
log "$published published items in all"
full_build archive

# --- 3. publish to page ----------------------------------------------------------------------------
log "publish-to-page latency: $PUBLISHES publishes while watch reads the feed every $WATCH_MS ms"
node "$FRONTEND/builder/cli.mjs" watch --out "$WORK/archive" --state "$WORK/archive.state" \
    --api "$API_URL" --site-url "$SITE_URL" --interval "$WATCH_MS" >"$WORK/watch.log" 2>&1 &
pids+=("$!")
sleep 3 # its first round: nothing new
latency="$(node "$ROOT/bench/site-latency.mjs" "$API_URL" "$ADMIN_PASSWORD" "$WORK/archive" "$PUBLISHES")"
rewrites="$(awk '/^written / { n++ } END { print n + 0 }' "$WORK/watch.log")"

echo
echo "Site builder benchmark: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), Node $(node --version), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "  full builds (builder concurrency ${CONCURRENCY:-default}, workers ${WORKERS:-default}; the API on the same machine):"
for line in "${results[@]}"; do echo "    $line"; done
echo "  publish to page, $PUBLISHES publishes, watch every $WATCH_MS ms: $latency"
echo "  files the watch wrote for them: $rewrites ($(awk -v r="$rewrites" -v n="$PUBLISHES" 'BEGIN { printf "%.1f", r / n }') per publish)"
