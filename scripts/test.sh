#!/usr/bin/env bash
# Every test of the project, in the order that fails fastest: static checks, unit tests, the production
# build, then end-to-end tests in real Chromium (SwiftShader WebGL, IWER headset emulation).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci
bash scripts/ensure-chromium.sh
echo "== lint and format"
npx eslint .
npx prettier --check .
echo "== types"
npx tsc -p tsconfig.json --noEmit
echo "== content"
npx tsx scripts/content-check.ts public/content/exhibition.json
echo "== unit tests"
npx vitest run
echo "== build"
# `npm run build` without its own type check: the types were checked above (tsc is the slowest static step).
npm run assets --silent && npx vite build
echo "== end-to-end tests"
# The group-tour spec (issue #14) counts like the others: three pages on two cores, about 4 minutes.
npx playwright test --project browser --project xr --project tour
