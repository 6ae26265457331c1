#!/usr/bin/env bash
# Browser tests drive Debian's chromium through playwright-core (Playwright's own browser download cannot
# reach its host from here). Install it when missing; CHROMIUM_PATH overrides the location.
set -euo pipefail
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$path" ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null; then
  echo "chromium is missing at $path and this user cannot install it: run 'apt-get install chromium' as root, or set CHROMIUM_PATH." >&2
  exit 1
fi
sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
echo "Installing Debian's chromium for the browser tests…"
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
