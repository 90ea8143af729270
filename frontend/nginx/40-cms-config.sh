#!/bin/sh
# Run by the nginx image at start: writes config.json, the site's only runtime setting, from
# the environment, so one image serves every deployment.
set -eu
: "${CMS_API_BASE_URL:?set CMS_API_BASE_URL to the API's public address, e.g. https://api.example.vn}"
json_string() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g'; }
config="${CMS_CONFIG_PATH:-/usr/share/nginx/html/config.json}"
if [ -n "${CMS_SITE_NAME:-}" ]; then
    printf '{"apiBaseUrl": "%s", "siteName": "%s"}\n' "$(json_string "$CMS_API_BASE_URL")" "$(json_string "$CMS_SITE_NAME")" >"$config"
else
    printf '{"apiBaseUrl": "%s"}\n' "$(json_string "$CMS_API_BASE_URL")" >"$config"
fi
echo "cms: config.json points the site at $CMS_API_BASE_URL"
