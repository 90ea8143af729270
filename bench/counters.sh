#!/usr/bin/env bash
# bench/counters.sh: load benchmark of the hit beacon (issue 3), not part of the tests.
#
# Seeds the demo content into a throwaway PostgreSQL, then drives POST /api/v1/hits with
# wrk against the Release build and prints, from one run:
#   - hits accepted per second by the API (write-behind counters),
#   - the same load against bench/NaiveCounter (one UPDATE ... SET views = views + 1 per hit),
#   - the ratio,
#   - the views recorded in the database against the counted requests wrk completed
#     (every counted request comes from a new visitor, so the two must be equal).
# Usage: bench/counters.sh [seconds per run, default 15]
# The per-IP beacon rate limit is switched off: wrk sends everything from one address.
set -euo pipefail
CMS_LOG_TAG="bench"
# shellcheck source=../scripts/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/common.sh"
ROOT="$CMS_ROOT"
SECONDS_PER_RUN="${1:-15}"
COUNT_SECONDS=$((SECONDS_PER_RUN * 2 / 3))
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
THREADS="${BENCH_THREADS:-2}"

# shellcheck source=lib.sh
source "$ROOT/bench/lib.sh"
API_PORT="$(free_port)"
NAIVE_PORT="$(free_port)"
bench_start_postgres
psql_() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
psql_ -c "CREATE DATABASE cms_bench" -c "CREATE DATABASE naive_bench"

log "building the Release API and the naive baseline"
dotnet build "$ROOT/Cms.Api" -c Release --nologo -v q >&2
dotnet build "$ROOT/bench/NaiveCounter" -c Release --nologo -v q >&2

run_wrk() { # URL LABEL
    # Each side starts with the database's pending writes flushed, so neither pays for the other's.
    psql_ -c "CHECKPOINT" >/dev/null
    sleep 2
    BENCH_RUN="$2" BENCH_COUNT_SECONDS="$COUNT_SECONDS" BENCH_ITEMS=60 \
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" -s "$ROOT/bench/hits.lua" "$1/api/v1/hits" > "$WORK/$2.wrk"
    grep '^BENCH' "$WORK/$2.wrk"
}
field() { sed -n "s/.*$2=\([0-9]*\).*/\1/p" <<<"$1"; }

log "starting the API (demo content, Release) on 127.0.0.1:$API_PORT"
(cd "$ROOT/Cms.Api" && ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    ConnectionStrings__Cms="Host=127.0.0.1;Port=$PG_PORT;Database=cms_bench;Username=postgres;Maximum Pool Size=50" \
    Cms__DataDirectory="$WORK/data" Cms__Admin__Password="bench-admin-password" Cms__Counters__FlushInterval="${BENCH_FLUSH_INTERVAL:-00:00:01}" \
    Cms__RateLimits__BeaconPerMinute=0 \
    exec dotnet bin/Release/net10.0/Cms.Api.dll --urls "http://127.0.0.1:$API_PORT") > "$WORK/api.log" 2>&1 &
api_pid=$!
pids+=("$api_pid")
wait_for "http://127.0.0.1:$API_PORT/health"
counted_before="$(psql_ -d cms_bench -c "SELECT coalesce(sum(views - imported), 0) FROM content_view_totals")"

log "starting the naive baseline on 127.0.0.1:$NAIVE_PORT"
(cd "$ROOT/bench/NaiveCounter" && ConnectionStrings__Cms="Host=127.0.0.1;Port=$PG_PORT;Database=naive_bench;Username=postgres;Maximum Pool Size=50" \
    exec dotnet bin/Release/net10.0/NaiveCounter.dll --urls "http://127.0.0.1:$NAIVE_PORT") > "$WORK/naive.log" 2>&1 &
pids+=("$!")
wait_for "http://127.0.0.1:$NAIVE_PORT/api/v1/hits"

# Two rounds, alternating, so that a passing burst of other load on the machine hits
# both sides alike; the rates are the totals of both rounds.
ours_requests=0 ours_us=0 naive_requests=0 naive_us=0 counted=0 errors=0 non2xx=0
for round in 1 2; do
    log "round $round: wrk against the naive baseline ($THREADS threads, $CONNECTIONS connections, ${SECONDS_PER_RUN}s)"
    naive="$(run_wrk "http://127.0.0.1:$NAIVE_PORT" "naive$round")"
    log "round $round: wrk against the API"
    ours="$(run_wrk "http://127.0.0.1:$API_PORT" "ours$round")"
    ours_requests=$((ours_requests + $(field "$ours" requests))); ours_us=$((ours_us + $(field "$ours" duration_us)))
    naive_requests=$((naive_requests + $(field "$naive" requests))); naive_us=$((naive_us + $(field "$naive" duration_us)))
    counted=$((counted + $(field "$ours" counted)))
    errors=$((errors + $(field "$ours" errors) + $(field "$naive" errors)))
    non2xx=$((non2xx + $(field "$ours" non2xx) + $(field "$naive" non2xx)))
done

kill -TERM "$api_pid" && wait "$api_pid" || true # a graceful stop flushes what is held
recorded="$(psql_ -d cms_bench -c "SELECT coalesce(sum(views - imported), 0) FROM content_view_totals")"
recorded=$((recorded - counted_before))
visits="$(psql_ -d cms_bench -c "SELECT coalesce(sum(visits), 0) FROM site_daily_visits")"

ours_rate=$(awk -v r="$ours_requests" -v d="$ours_us" 'BEGIN { printf "%.0f", r / (d / 1e6) }')
naive_rate=$(awk -v r="$naive_requests" -v d="$naive_us" 'BEGIN { printf "%.0f", r / (d / 1e6) }')
ratio=$(awk -v a="$ours_rate" -v b="$naive_rate" 'BEGIN { printf "%.1f", a / b }')

echo
echo "Counter benchmark ($(nproc) cores, wrk -t$THREADS -c$CONNECTIONS, 2 alternating rounds of ${SECONDS_PER_RUN}s each, one run)"
printf '  write-behind API : %8s hits/s  (%s requests)\n' "$ours_rate" "$ours_requests"
printf '  naive UPDATE     : %8s hits/s  (%s requests)\n' "$naive_rate" "$naive_requests"
printf '  errors           : %s socket errors, %s non-2xx answers\n' "$errors" "$non2xx"
printf '  ratio            : %8sx\n' "$ratio"
printf '  counted requests wrk completed: %s; views recorded in the database: %s; lost: %s (visits recorded: %s)\n' \
    "$counted" "$recorded" "$((counted - recorded))" "$visits"
[[ "$counted" == "$recorded" ]] || { echo "MISMATCH: hits were lost or double-counted"; exit 1; }
