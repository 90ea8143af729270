#!/usr/bin/env bash
# bench/compare.sh REVISION: the delivery API of REVISION and of this tree, side by side on one
# seeded database, output cache off, measured in turn (old, new, old, new, ...) so that the
# machine's drift falls on both alike. For "no regression" after a refactoring; bench/run.sh
# (with BENCH_BASELINE) measures one build after the other, which on this machine's noise
# (bench/README.md) cannot see a change under ~20%.
#   Prints, per endpoint, each round's requests/s for both and the mean ratio new/old.
# Knobs: BENCH_ITEMS (100,000), BENCH_ROUNDS (3), BENCH_SECONDS per round (10), BENCH_WARMUP (8),
#        BENCH_CONNECTIONS (32), BENCH_THREADS (2).
set -euo pipefail
CMS_LOG_TAG="bench"
# shellcheck source=../scripts/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/common.sh"
ROOT="$CMS_ROOT"
BASELINE="${1:-}"
[[ -n "$BASELINE" ]] || die "usage: bench/compare.sh REVISION (e.g. main~3)"
ITEMS="${BENCH_ITEMS:-100000}"
ROUNDS="${BENCH_ROUNDS:-3}"
SECONDS_PER_ROUND="${BENCH_SECONDS:-10}"
WARMUP="${BENCH_WARMUP:-8}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
THREADS="${BENCH_THREADS:-2}"
SEARCH_QUERY="dang%20bo" # "Đảng bộ", typed without tone marks

# shellcheck source=lib.sh
source "$ROOT/bench/lib.sh"
label="$(git -C "$ROOT" rev-parse --short "$BASELINE")" || die "no revision $BASELINE"
bench_start_postgres "-c shared_buffers=1GB -c effective_cache_size=8GB -c maintenance_work_mem=1GB -c max_wal_size=8GB"
psql_() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d cms_bench -v ON_ERROR_STOP=1 -qtA "$@"; }
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE cms_bench"

log "building this tree's API and $label's (git archive)"
mkdir -p "$WORK/baseline"
git -C "$ROOT" archive "$BASELINE" | tar -x -C "$WORK/baseline"
dotnet build "$ROOT/Cms.Api" -c Release --nologo -v q >&2
dotnet build "$WORK/baseline/Cms.Api" -c Release --nologo -v q >&2

ADMIN_PASSWORD="bench-admin-password-$RANDOM$RANDOM"
start_api() { # SOURCE_TREE PORT DEMO_CONTENT MIGRATE
    bench_start_api "$1" "http://127.0.0.1:$2" "$WORK/api-$2.log" \
        Cms__DataDirectory="$WORK/data-$2" Cms__Admin__Password="$ADMIN_PASSWORD" Cms__DemoContent__Enabled="$3" \
        Cms__Database__MigrateOnStartup="$4" Cms__Cache__OutputCache=false
}

# This tree migrates and loads the demo categories, then the archive goes in; the baseline
# reads the same schema (a refactoring adds no migration; the baseline does not migrate).
OLD_PORT="$(free_port)"
NEW_PORT="$(free_port)"
log "migrating with this tree's API"
start_api "$ROOT" "$NEW_PORT" true true
bench_seed_archive "$ITEMS"
start_api "$WORK/baseline" "$OLD_PORT" false false

new="http://127.0.0.1:$NEW_PORT"
json_field() { python3 -c 'import json, sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }
slug="$(curl -sf "$new/api/v1/articles?pageSize=1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["items"][0]["slug"])')"
cmp -s <(curl -s "$new/api/v1/articles/$slug") <(curl -s "http://127.0.0.1:$OLD_PORT/api/v1/articles/$slug") \
    && log "the article's body is the same from both" || log "NOTE: the article's body differs between the two builds"
cat > "$WORK/endpoints" <<LIST
article by slug|/api/v1/articles/$slug
section, newest 20|/api/v1/content?category=kinh-te
tag on 1 item in 4, newest 20|/api/v1/content?tag=$COMMON_TAG
search "dang bo"|/api/v1/search?q=$SEARCH_QUERY
LIST

rate() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1s" "$2" < /dev/null | awk '/Requests\/sec/ { print $2 }'; }
: > "$WORK/results"
while IFS='|' read -r name path; do
    log "$name: warm-up, then $ROUNDS rounds of $SECONDS_PER_ROUND s each, old and new in turn"
    rate "$WARMUP" "http://127.0.0.1:$OLD_PORT$path" > /dev/null
    rate "$WARMUP" "$new$path" > /dev/null
    old_rates=() new_rates=()
    for ((round = 1; round <= ROUNDS; round++)); do
        old_rates+=("$(rate "$SECONDS_PER_ROUND" "http://127.0.0.1:$OLD_PORT$path")")
        new_rates+=("$(rate "$SECONDS_PER_ROUND" "$new$path")")
    done
    printf '%s\t%s\t%s\n' "$name" "${old_rates[*]}" "${new_rates[*]}" >> "$WORK/results"
done < "$WORK/endpoints"

echo
echo "API comparison: $label (old) and this tree (new), $ITEMS items, output cache off, $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "  wrk -t$THREADS -c$CONNECTIONS, $ROUNDS rounds of ${SECONDS_PER_ROUND} s each, old then new in every round (requests/s)"
awk -F'\t' '{
    n = split($2, o, " "); split($3, w, " "); so = 0; sw = 0
    for (i = 1; i <= n; i++) { so += o[i]; sw += w[i] }
    printf "  %-32s old %-28s new %-28s new/old %.2f\n", $1, $2, $3, sw / so
}' "$WORK/results"
