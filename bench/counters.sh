#!/usr/bin/env bash
# bench/counters.sh: load benchmark of the hit beacon (issue 3), not part of the tests.
#
# Seeds the demo content into a throwaway PostgreSQL, then drives POST /api/v1/hits with
# wrk against the Release build, every request a page view by a new visitor, and prints, from
# one run, for each number of connections (BENCH_CONNECTIONS, default "64 256": the beacon is
# sent by many browsers at once, each waiting for its own answer):
#   - hits answered per second by the API (each 202 sent after its hit's commit), and the
#     p50/p99 of the answer,
#   - the same against bench/NaiveCounter (one UPDATE ... SET views = views + 1 per hit),
#   - the ratio, and the ceiling: the same endpoint sent robot hits, which it answers at once
#     and counts nothing (what any beacon could reach on this machine, and its ratio);
# then the views recorded in the database against the requests wrk completed (each must be
# there; beyond them only requests wrk cut when it stopped, at most one per connection), and
# a crash round: hits at the largest number of connections, the API killed with SIGKILL
# halfway, started again; the 202 answers wrk received against the views the database holds.
# Both sides are warmed up first (BENCH_WARMUP seconds each, default 5), so neither is measured
# while its code is still being compiled.
# Usage: bench/counters.sh [seconds per run, default 15]
# The per-IP beacon rate limit is switched off: wrk sends everything from one address.
set -euo pipefail
CMS_LOG_TAG="bench"
# shellcheck source=../scripts/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/common.sh"
ROOT="$CMS_ROOT"
SECONDS_PER_RUN="${1:-15}"
WARMUP="${BENCH_WARMUP:-5}"
CONNECTION_COUNTS="${BENCH_CONNECTIONS:-64 256}"
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

run_wrk() { # URL LABEL CONNECTIONS [SECONDS]
    # Each side starts with the database's pending writes flushed, so neither pays for the other's.
    psql_ -c "CHECKPOINT" >/dev/null
    sleep 2
    BENCH_RUN="$2" BENCH_ITEMS=60 \
        wrk -t"$THREADS" -c"$3" -d"${4:-$SECONDS_PER_RUN}s" --timeout 10s -s "$ROOT/bench/hits.lua" "$1/api/v1/hits" > "$WORK/$2.wrk"
    grep '^BENCH' "$WORK/$2.wrk"
}
field() { sed -n "s/.*$2=\([0-9]*\).*/\1/p" <<<"$1"; }

start_api() { # the API on $API_PORT; sets api_pid
    bench_start_api "$ROOT" "http://127.0.0.1:$API_PORT" "$WORK/api.log" \
        ConnectionStrings__Cms="Host=127.0.0.1;Port=$PG_PORT;Database=cms_bench;Username=postgres;Maximum Pool Size=50" \
        Cms__DataDirectory="$WORK/data" Cms__Admin__Password="bench-admin-password" Cms__Counters__FlushInterval="${BENCH_FLUSH_INTERVAL:-00:00:01}"
}
views_recorded() { psql_ -d cms_bench -c "SELECT coalesce(sum(views - imported), 0) FROM content_view_totals"; }

log "starting the API (demo content, Release) on 127.0.0.1:$API_PORT"
start_api

log "starting the naive baseline on 127.0.0.1:$NAIVE_PORT"
(cd "$ROOT/bench/NaiveCounter" && ConnectionStrings__Cms="Host=127.0.0.1;Port=$PG_PORT;Database=naive_bench;Username=postgres;Maximum Pool Size=50" \
    exec dotnet bin/Release/net10.0/NaiveCounter.dll --urls "http://127.0.0.1:$NAIVE_PORT") > "$WORK/naive.log" 2>&1 &
pids+=("$!")
wait_for "http://127.0.0.1:$NAIVE_PORT/api/v1/hits"

log "warming up both sides (${WARMUP}s each)"
run_wrk "http://127.0.0.1:$NAIVE_PORT" "naive-warm" 64 "$WARMUP" >/dev/null
run_wrk "http://127.0.0.1:$API_PORT" "ours-warm" 64 "$WARMUP" >/dev/null
views_before="$(views_recorded)"

# Per number of connections, two rounds, alternating, so that a passing burst of other load
# on the machine hits both sides alike; rates are the totals of both rounds, percentiles
# their mean.
completed=0 slack=0 errors=0 non2xx=0 largest=0
declare -A result
for connections in $CONNECTION_COUNTS; do
    ours_requests=0 ours_us=0 naive_requests=0 naive_us=0 ours_p50=0 ours_p99=0 naive_p50=0 naive_p99=0
    largest=$((connections > largest ? connections : largest))
    for round in 1 2; do
        log "$connections connections, round $round: wrk against the naive baseline ($THREADS threads, ${SECONDS_PER_RUN}s)"
        naive="$(run_wrk "http://127.0.0.1:$NAIVE_PORT" "naive$connections-$round" "$connections")"
        log "$connections connections, round $round: wrk against the API"
        ours="$(run_wrk "http://127.0.0.1:$API_PORT" "ours$connections-$round" "$connections")"
        ours_requests=$((ours_requests + $(field "$ours" requests))); ours_us=$((ours_us + $(field "$ours" duration_us)))
        naive_requests=$((naive_requests + $(field "$naive" requests))); naive_us=$((naive_us + $(field "$naive" duration_us)))
        ours_p50=$((ours_p50 + $(field "$ours" p50_us))); ours_p99=$((ours_p99 + $(field "$ours" p99_us)))
        naive_p50=$((naive_p50 + $(field "$naive" p50_us))); naive_p99=$((naive_p99 + $(field "$naive" p99_us)))
        completed=$((completed + $(field "$ours" requests))); slack=$((slack + connections))
        errors=$((errors + $(field "$ours" errors) + $(field "$naive" errors)))
        non2xx=$((non2xx + $(field "$ours" non2xx) + $(field "$naive" non2xx)))
    done
    log "$connections connections: the ceiling (robot hits: the same endpoint, nothing counted)"
    ceiling="$(BENCH_ROBOT=1 run_wrk "http://127.0.0.1:$API_PORT" "ceiling$connections" "$connections")"
    ceiling_rate=$(awk -v r="$(field "$ceiling" requests)" -v d="$(field "$ceiling" duration_us)" 'BEGIN { printf "%.0f", r / (d / 1e6) }')
    ours_rate=$(awk -v r="$ours_requests" -v d="$ours_us" 'BEGIN { printf "%.0f", r / (d / 1e6) }')
    naive_rate=$(awk -v r="$naive_requests" -v d="$naive_us" 'BEGIN { printf "%.0f", r / (d / 1e6) }')
    result[$connections]="$(printf '%6s | %8s | %7.1f | %7.1f | %8s | %7.1f | %7.1f | %6.1fx | %8s (%.1fx)' "$connections" \
        "$ours_rate" "$(awk -v v="$ours_p50" 'BEGIN { print v / 2000 }')" "$(awk -v v="$ours_p99" 'BEGIN { print v / 2000 }')" \
        "$naive_rate" "$(awk -v v="$naive_p50" 'BEGIN { print v / 2000 }')" "$(awk -v v="$naive_p99" 'BEGIN { print v / 2000 }')" \
        "$(awk -v a="$ours_rate" -v b="$naive_rate" 'BEGIN { print a / b }')" \
        "$ceiling_rate" "$(awk -v a="$ceiling_rate" -v b="$naive_rate" 'BEGIN { print a / b }')")"
done

kill -TERM "$api_pid" && wait "$api_pid" || true # a graceful stop flushes what is held
recorded=$(($(views_recorded) - views_before))
visits="$(psql_ -d cms_bench -c "SELECT coalesce(sum(visits), 0) FROM site_daily_visits")"

# The crash round: every hit a browser's, the API killed halfway, then started again.
log "crash round: $largest connections, SIGKILL after $((SECONDS_PER_RUN / 2))s, then a restart"
start_api
before_crash="$(views_recorded)"
BENCH_RUN="crash" BENCH_ITEMS=60 BENCH_ACCEPTED=1 \
    wrk -t"$THREADS" -c"$largest" -d"${SECONDS_PER_RUN}s" --timeout 10s -s "$ROOT/bench/hits.lua" "http://127.0.0.1:$API_PORT/api/v1/hits" > "$WORK/crash.wrk" &
wrk_pid=$!
sleep $((SECONDS_PER_RUN / 2))
kill -KILL "$api_pid"
wait "$api_pid" 2>/dev/null || true
wait "$wrk_pid" || true
start_api
sleep 3 # anything the restarted process recovers has time to land
crash="$(grep '^BENCH' "$WORK/crash.wrk")"
accepted="$(field "$crash" accepted)"
kept=$(($(views_recorded) - before_crash))

echo
echo "Counter benchmark ($(nproc) cores, wrk -t$THREADS, every hit a new visitor's, per connection count 2 alternating rounds of ${SECONDS_PER_RUN}s each after ${WARMUP}s of warm-up, one run)"
echo "  conns  |  API hits/s | p50 ms | p99 ms | naive hits/s | p50 ms | p99 ms |  ratio | ceiling hits/s (ratio)"
for connections in $CONNECTION_COUNTS; do echo "  ${result[$connections]}"; done
printf '  errors: %s socket errors, %s non-2xx answers\n' "$errors" "$non2xx"
printf '  requests wrk completed: %s; views recorded in the database: %s (beyond the completed: %s, at most %s cut when wrk stopped); visits recorded: %s\n' \
    "$completed" "$recorded" "$((recorded - completed))" "$slack" "$visits"
printf '  crash round: %s hits answered 202 before SIGKILL; %s in the database after the restart; lost: %s; counted without an answer (cut in flight): %s\n' \
    "$accepted" "$kept" "$((accepted > kept ? accepted - kept : 0))" "$((kept > accepted ? kept - accepted : 0))"
(( non2xx == 0 && recorded >= completed && recorded - completed <= slack )) || { echo "MISMATCH: hits were lost, double-counted or refused"; exit 1; }
(( kept >= accepted )) || { echo "MISMATCH: the crash lost hits answered 202"; exit 1; }
