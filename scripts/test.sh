#!/usr/bin/env bash
# `npm test`: every check and test, in the order a failure is cheapest to find.
set -euo pipefail
cd "$(dirname "$0")/.."

results=tests/.tmp/results
rm -rf "$results" && mkdir -p "$results"
current=""
summary() {
  status=$?
  node scripts/test-summary.mjs "$results"
  if [ "$status" != 0 ]; then echo "npm test failed at: $current" >&2; fi
  exit "$status"
}
trap summary EXIT

step() { current="$1"; echo; echo "━━ $1"; }

step "Chromium (browser tests and PDFs), nginx (hosting tests), poppler-utils (PDF tests)"
bash scripts/ensure-chromium.sh
bash scripts/ensure-nginx.sh
bash scripts/ensure-poppler.sh
step "Types"
npm run --silent typecheck
step "Lint and formatting"
npm run --silent lint
step "Spelling (Lithuanian and English)"
npm run --silent spell
step "Unit tests"
npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$results/unit.json"
step "Interface translations"
npm run --silent check:translations
step "Production build (both locales, every edition) and the PDF editions"
npm run --silent build
step "Browser tests, PDF tests and strict-build tests"
npx vitest run --project e2e --project pdf --project build --reporter=default --reporter=json --outputFile.json="$results/browser.json"
