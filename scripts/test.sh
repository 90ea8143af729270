#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# scripts/test.sh: build with warnings as errors and run every test suite
# (.NET tests, then the frontend's when frontend/package.json exists).
# The last line printed is always exactly "N passed, N failed"; the exit code
# is non-zero when the build failed, a test failed, or no test ran.
#
# Works from a fresh clone, as root on a fresh Debian 12 (installs what is
# missing), with CI=true and no stdin. CMS_TEST_CONNECTION, when set, is passed
# to the tests untouched (they then use that database instead of starting
# their own throwaway PostgreSQL cluster).
set -euo pipefail

CMS_LOG_TAG="test" # prefix of log lines, read by lib/common.sh
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
ROOT="$CMS_ROOT"

# Nothing here may wait for input; it also keeps Vitest out of watch mode.
exec </dev/null

SOLUTION="$ROOT/Cms.sln"
RESULTS="$ROOT/TestResults"
FRONTEND="$ROOT/frontend"
JUNIT="$FRONTEND/test-results/junit.xml"

PASSED=0
FAILED=0
SUMMARY_PRINTED=0

# The one closing line, printed once; nothing may follow it.
print_summary() {
    SUMMARY_PRINTED=1
    printf '%d passed, %d failed\n' "$PASSED" "$FAILED"
}

# Whatever ends the script early (a failed install, an unexpected error), the
# closing line still comes last and counts that as a failure.
# shellcheck disable=SC2317 # reached through the EXIT trap
on_exit() {
    local rc=$?
    trap - EXIT
    if ((!SUMMARY_PRINTED)); then
        ((rc != 0)) || rc=1
        FAILED=$((FAILED + 1))
        print_summary
    fi
    exit "$rc"
}
trap on_exit EXIT

# trx_counts FILE...: "passed failed" summed over the <Counters> elements of
# TRX files (errors, timeouts and aborts count as failures).
trx_counts() {
    grep -ho '<Counters [^>]*>' "$@" 2>/dev/null | awk '
        function attr(s, name) {
            if (match(s, " " name "=\"[0-9]+\"")) return substr(s, RSTART + length(name) + 3, RLENGTH - length(name) - 4) + 0
            return 0
        }
        { p += attr($0, "passed"); f += attr($0, "failed") + attr($0, "error") + attr($0, "timeout") + attr($0, "aborted") }
        END { print p + 0, f + 0 }'
}

# trx_failures FILE...: one line per failed test in TRX files, "name: message"
# (message cut to 400 characters), so a CI log's tail says what failed.
trx_failures() {
    awk 'BEGIN { RS = "<UnitTestResult " }
        # Only the result tag itself: the last record runs on to the file'"'"'s summary, whose
        # own outcome="Failed" must not name the last test.
        NR > 1 && /^[^>]*outcome="(Failed|Error|Timeout|Aborted)"/ {
            name = $0; sub(/^[^>]*testName="/, "", name); sub(/".*$/, "", name)
            msg = ""
            if (match($0, /<Message>[^<]*<\/Message>/)) msg = substr($0, RSTART + 9, RLENGTH - 19)
            gsub(/[\r\n\t ]+/, " ", msg)
            print "  FAILED " name ": " substr(msg, 1, 400)
        }' "$@" 2>/dev/null
}

# junit_counts FILE: "passed failed" from a JUnit XML report; a testcase with a
# <failure> or <error> failed, one with <skipped> counts as neither.
junit_counts() {
    awk 'BEGIN { RS = "<" }
        function done() { if (bad) f++; else if (!skip) p++; incase = 0 }
        /^testcase[ \t\r\n\/>]/ {
            if (incase) done()
            incase = 1; bad = 0; skip = 0
            tag = substr($0, 1, index($0, ">"))
            if (tag ~ /\/>$/) done()
            next
        }
        incase && /^(failure|error)[ \t\r\n\/>]/ { bad = 1; next }
        incase && /^skipped[ \t\r\n\/>]/ { skip = 1; next }
        incase && /^\/testcase[ \t\r\n>]/ { done(); next }
        END { if (incase) done(); print p + 0, f + 0 }' "$1"
}

# --- prerequisites ------------------------------------------------------------
have dotnet || die "the .NET 10 SDK (dotnet) is not on PATH"
HAVE_FRONTEND=0
[[ -f "$FRONTEND/package.json" ]] && HAVE_FRONTEND=1

# Collect every missing Debian package first: one apt-get update, one install.
packages=()
if [[ -z "${CMS_TEST_CONNECTION:-}" ]]; then
    find_pg_bindir >/dev/null || packages+=(postgresql)
fi
if ((HAVE_FRONTEND)); then
    # The end-to-end tests drive Debian's chromium; a font for Vietnamese text.
    [[ -x /usr/bin/chromium ]] || packages+=(chromium fonts-dejavu-core)
    have npm || packages+=(nodejs npm)
fi
((${#packages[@]} == 0)) || ensure_apt_packages "${packages[@]}"

if [[ -z "${CMS_TEST_CONNECTION:-}" ]]; then
    PG_BINDIR="$(find_pg_bindir)" || die "PostgreSQL binaries (initdb, pg_ctl) not found"
    # The test fixture starts its own cluster with these binaries; having
    # them on PATH spares it the search. As root it runs them as 'postgres'.
    export PATH="$PG_BINDIR:$PATH"
    ensure_pg_os_user
    log "PostgreSQL binaries: $PG_BINDIR"
else
    log "CMS_TEST_CONNECTION is set: the tests use that database"
fi

# --- build ---------------------------------------------------------------------
build_args=(-c Release -warnaserror --nologo)
# CI: no MSBuild nodes left behind once the run is over.
[[ -n "${CI:-}" ]] && build_args+=(-nodeReuse:false)
log "dotnet build $(basename "$SOLUTION") ${build_args[*]}"
if ! dotnet build "$SOLUTION" "${build_args[@]}" >&2; then
    log "build failed: no tests run"
    PASSED=0
    FAILED=1
    print_summary
    exit 1
fi

# --- .NET tests ----------------------------------------------------------------
mkdir -p "$RESULTS"
rm -f "$RESULTS"/*.trx # only this run's results are counted

# --- the API image's build stage, without Docker ---------------------------------
# No Docker engine here: run Cms.Api/Dockerfile's own `dotnet restore` and `dotnet
# publish` lines (output into TestResults/publish instead of /app/publish), then the
# published binary's `probe` command, which the image's HEALTHCHECK runs: with nothing
# listening it must answer 1. Counted as one test.
DOCKERFILE="$ROOT/Cms.Api/Dockerfile"
if [[ -f "$DOCKERFILE" ]]; then
    publish_dir="$RESULTS/publish"
    rm -rf "$publish_dir"
    image_ok=1
    mapfile -t image_steps < <(sed -n 's/^RUN \(dotnet \(restore\|publish\) .*\)$/\1/p' "$DOCKERFILE")
    ((${#image_steps[@]} == 2)) || { warn "expected a dotnet restore and a dotnet publish line in ${DOCKERFILE#"$ROOT"/}"; image_ok=0; }
    for step in "${image_steps[@]}"; do
        step="${step//\/app\/publish/$publish_dir}"
        log "Dockerfile build stage: $step"
        (cd "$ROOT" && bash -c "$step" >&2) || image_ok=0
    done
    [[ -f "$publish_dir/Cms.Api.dll" ]] || image_ok=0
    probe_rc=0
    ((image_ok)) && { dotnet "$publish_dir/Cms.Api.dll" probe http://127.0.0.1:9/health/live >&2 || probe_rc=$?; }
    ((probe_rc == 1)) || image_ok=0
    if ((image_ok)); then
        log "Dockerfile build stage: published, and its health probe runs"
        PASSED=$((PASSED + 1))
    else
        warn "Dockerfile build stage failed"
        FAILED=$((FAILED + 1))
    fi
    rm -rf "$publish_dir"
fi

# xunit.v3 4.x test projects are Microsoft.Testing.Platform apps, which the
# .NET 10 SDK's default (VSTest) `dotnet test` refuses. With global.json
# opting into MTP ("test": {"runner": "Microsoft.Testing.Platform"}), use
# `dotnet test`; otherwise run each test project's built assembly directly,
# which is what `dotnet test` would do anyway.
dotnet_rc=0
if grep -Eq '"runner"[[:space:]]*:[[:space:]]*"Microsoft\.Testing\.Platform"' "$ROOT/global.json" 2>/dev/null; then
    log "dotnet test (Microsoft.Testing.Platform)"
    dotnet test --solution "$SOLUTION" -c Release --no-build --no-progress \
        --results-directory "$RESULTS" --report-xunit-trx >&2 || dotnet_rc=$?
else
    test_projects=()
    while IFS= read -r proj; do
        [[ "$proj" == *.csproj ]] || continue
        proj="$ROOT/${proj//\\//}"
        grep -Eq '<IsTestProject>[[:space:]]*true|Include="xunit\.v3"' "$proj" 2>/dev/null && test_projects+=("$proj")
    done < <(dotnet sln "$SOLUTION" list)
    ((${#test_projects[@]} > 0)) || warn "no test project in $(basename "$SOLUTION")"
    for proj in "${test_projects[@]}"; do
        name="$(basename "$proj" .csproj)"
        dll="$(dirname "$proj")/bin/Release/net10.0/$name.dll"
        if [[ ! -f "$dll" ]]; then
            dll="$(dotnet msbuild "$proj" -nologo -getProperty:TargetPath -p:Configuration=Release)"
        fi
        log "running $name"
        # From its output folder, as `dotnet test` does (relative files resolve there).
        (cd "$(dirname "$dll")" && dotnet "$dll" -noLogo -noColor -result-trx "$RESULTS/dotnet-$name.trx") >&2 \
            || dotnet_rc=$?
    done
fi

trx_files=("$RESULTS"/*.trx)
if [[ -e "${trx_files[0]}" ]]; then
    read -r p f < <(trx_counts "${trx_files[@]}")
else
    p=0 f=0
fi
# A crash (test host died, bad switch) can fail the run without a failed test.
if ((dotnet_rc != 0 && f == 0)); then
    warn ".NET tests exited with code $dotnet_rc but reported no failed test; counting one failure"
    f=1
fi
log ".NET tests: $p passed, $f failed"
DOTNET_FAILURES=""
if ((f > 0)) && [[ -e "${trx_files[0]}" ]]; then
    DOTNET_FAILURES="$(trx_failures "${trx_files[@]}")"
fi
PASSED=$((PASSED + p))
FAILED=$((FAILED + f))

# --- frontend tests -------------------------------------------------------------
if ((HAVE_FRONTEND)); then
    rm -f "$JUNIT"
    fe_rc=0
    if ! ensure_node_modules "$FRONTEND"; then
        fe_rc=1
        warn "npm install failed"
    elif npm_has_script "$FRONTEND" build && ! (cd "$FRONTEND" && npm run build >&2); then
        fe_rc=1
        warn "frontend build failed"
    else
        log "npm test"
        (cd "$FRONTEND" && npm test >&2) || fe_rc=$?
    fi
    if [[ -f "$JUNIT" ]]; then
        read -r p f < <(junit_counts "$JUNIT")
        if ((fe_rc != 0 && f == 0)); then
            warn "frontend tests exited with code $fe_rc but reported no failed test; counting one failure"
            f=1
        fi
    else
        # No report: the suite counts as one test, judged by its exit code.
        warn "no ${JUNIT#"$ROOT"/}: counting the frontend suite as one test"
        if ((fe_rc == 0)); then p=1 f=0; else p=0 f=1; fi
    fi
    log "frontend tests: $p passed, $f failed"
    PASSED=$((PASSED + p))
    FAILED=$((FAILED + f))
else
    log "frontend/package.json not found: no frontend tests (skipped)"
fi

# --- summary ---------------------------------------------------------------------
# CI: stop the compiler servers so nothing outlives the run.
[[ -n "${CI:-}" ]] && { dotnet build-server shutdown >/dev/null 2>&1 || true; }

# Repeat the failed .NET tests last: their own output scrolls far up.
if [[ -n "${DOTNET_FAILURES:-}" ]]; then
    log "failed .NET tests:"
    printf '%s\n' "$DOTNET_FAILURES" >&2
fi

status=0
((FAILED == 0)) || status=1
if ((PASSED + FAILED == 0)); then
    log "no test ran"
    status=1
fi
print_summary
exit "$status"
