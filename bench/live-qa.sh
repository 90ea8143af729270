#!/usr/bin/env bash
# bench/live-qa.sh: thousands of readers on one live Q&A page (issue 21), not part of the tests.
#
# Starts a throwaway PostgreSQL and the Release API, then bench/live-qa.mjs holds READERS
# server-sent-event streams open on one interview (BENCH_READERS, default "2000 5000") and
# publishes answers (BENCH_ANSWERS, default 10): time from publishing to the last reader
# receiving each answer (p50/p99/max), the API's memory and CPU, refused and broken streams.
# The readers run in one Node process on the same machine as the API: their CPU is the API's
# competitor, so figures are an upper bound of what the API itself takes.
# Usage: bench/live-qa.sh
set -euo pipefail
CMS_LOG_TAG="bench"
# shellcheck source=../scripts/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/common.sh"
ROOT="$CMS_ROOT"
READERS="${BENCH_READERS:-2000 5000}"
# Two sockets per reader on this machine (the reader's and the API's end), and room to spare.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

# shellcheck source=lib.sh
source "$ROOT/bench/lib.sh"
API_PORT="$(free_port)"
bench_start_postgres
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qtA -c "CREATE DATABASE cms_bench"

log "building the Release API"
dotnet build "$ROOT/Cms.Api" -c Release --nologo -v q >&2
password="bench-admin-$RANDOM$RANDOM"
bench_start_api "$ROOT" "http://127.0.0.1:$API_PORT" "$WORK/api.log" \
    Cms__Admin__Password="$password" Cms__DataDirectory="$WORK/api-data" Cms__LiveQa__QuestionsPerWindow=0 \
    Cms__LiveQa__MaxStreams=100000
log "readers: $READERS (ulimit -n $(ulimit -n))"
# shellcheck disable=SC2086 # one argument per count
BENCH_ADMIN_PASSWORD="$password" node "$ROOT/bench/live-qa.mjs" "http://127.0.0.1:$API_PORT" "$api_pid" $READERS
