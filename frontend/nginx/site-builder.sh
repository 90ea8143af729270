#!/bin/sh
# The site builder's container: puts this build's assets into the site's volume (a new image
# brings new hashed assets; the old ones stay for pages still naming them), then writes every
# page and follows the API's changes feed, logging each address it writes ("written /x") for
# a CDN in front to purge.
set -eu
: "${CMS_API_BASE_URL:?set CMS_API_BASE_URL to the API's public address, e.g. https://api.example.vn}"
: "${CMS_SITE_URL:?set CMS_SITE_URL to the site's public address, e.g. https://tintuc.example.vn}"
out="${CMS_SITE_DIR:-/srv/site}"
# config.json is the site container's to write (40-cms-config.sh), from the same settings.
(cd /site/dist && tar -cf - --exclude=./config.json .) | (cd "$out" && tar -xf -)
exec node /site/builder/cli.mjs watch --out "$out" --state "${CMS_SITE_STATE_DIR:-/srv/state}" \
    --api "$CMS_API_BASE_URL" --site-url "$CMS_SITE_URL" ${CMS_API_INTERNAL_URL:+--api-internal "$CMS_API_INTERNAL_URL"} \
    ${CMS_SITE_NAME:+--site-name "$CMS_SITE_NAME"} --interval "${CMS_SITE_WATCH_MS:-2000}"
