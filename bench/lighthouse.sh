#!/usr/bin/env bash
# bench/lighthouse.sh: Lighthouse scores of the public site (issue 16), not part of the tests.
#
# Runs npm's lighthouse (12.2.3: 13 wants Node 22) with Debian's Chromium against the site of a
# running ./scripts/run.sh (or the one at CMS_SITE_URL), on the home page, the seed interview and
# a section page, each as a phone (Lighthouse's default: a throttled mid-range phone) and as a
# desktop, and prints performance, accessibility, best practices and SEO, one line per page.
# Usage: bench/lighthouse.sh          (start ./scripts/run.sh first; about 4 minutes)
# Knobs: CMS_SITE_URL (http://127.0.0.1:5173), BENCH_LIGHTHOUSE_DIR (where lighthouse is installed).
set -euo pipefail
CMS_LOG_TAG="bench"
# shellcheck source=../scripts/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/common.sh"
SITE="${CMS_SITE_URL:-http://127.0.0.1:5173}"
TOOL_DIR="${BENCH_LIGHTHOUSE_DIR:-${TMPDIR:-/tmp}/cms-lighthouse}"
SEED_SLUG="nam-2024-dang-bo-thanh-pho-soc-trang-tap-trung-hoan-thien-cac-tieu-chi-do-thi-loai-i"
PAGES=("/" "/phong-van/$SEED_SLUG" "/chuyen-muc/kinh-te")

curl -sf -o /dev/null "$SITE/" || die "no site at $SITE: start ./scripts/run.sh first (or set CMS_SITE_URL)"
[[ -x /usr/bin/chromium ]] || ensure_apt_packages chromium fonts-dejavu-core
if [[ ! -x "$TOOL_DIR/node_modules/.bin/lighthouse" ]]; then
    log "installing lighthouse 12.2.3 into $TOOL_DIR"
    mkdir -p "$TOOL_DIR"
    npm install --prefix "$TOOL_DIR" --no-audit --no-fund -E lighthouse@12.2.3 >&2
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
printf '%-8s %-70s %5s %5s %5s %5s\n' "as" "page" "perf" "a11y" "best" "seo"
for form in mobile desktop; do
    preset=()
    [[ "$form" == desktop ]] && preset=(--preset=desktop)
    for page in "${PAGES[@]}"; do
        CHROME_PATH=/usr/bin/chromium "$TOOL_DIR/node_modules/.bin/lighthouse" "$SITE$page" "${preset[@]}" \
            --only-categories=performance,accessibility,best-practices,seo --output=json --output-path="$WORK/report.json" \
            --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking" --quiet >&2 \
            || die "lighthouse failed on $page"
        node -e '
            const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
            const s = (id) => Math.round((r.categories[id]?.score ?? 0) * 100);
            console.log(`${process.argv[2].padEnd(8)} ${process.argv[3].slice(0, 70).padEnd(70)} ${String(s("performance")).padStart(5)} ${String(s("accessibility")).padStart(5)} ${String(s("best-practices")).padStart(5)} ${String(s("seo")).padStart(5)}`);
        ' "$WORK/report.json" "$form" "$page"
    done
done
