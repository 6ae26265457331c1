#!/usr/bin/env bash
# `npm test`: everything CI runs — types (tests included), lint, unit, integration and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
bash scripts/ensure-chromium.sh
echo "▸ build the Custom UI"; npm run build:ui --silent
echo "▸ typecheck"; npx tsc --noEmit -p tsconfig.json
echo "▸ lint"; npx eslint src static/main/src local tests bench
echo "▸ unit and integration tests"; npx jest --ci --selectProjects unit integration "$@"
# Browser tests one at a time: each drives a chromium and a local site, and two cores are all CI has.
echo "▸ browser tests"; npx jest --ci --selectProjects e2e --runInBand "$@"
