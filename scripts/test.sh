#!/usr/bin/env bash
# `npm test`: everything CI runs — types (tests included), lint, unit, integration and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm install --no-audit --no-fund
bash scripts/ensure-chromium.sh
echo "▸ build the Custom UI"; npm run build:ui --silent
echo "▸ typecheck"; npx tsc --noEmit -p tsconfig.json
echo "▸ lint"; npx eslint src local tests bench
echo "▸ tests"; npx jest --ci "$@"
