#!/usr/bin/env bash
# Every test of the project, in the order a failure is cheapest to find. Installs what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
export npm_config_yes=true

step() { printf '\n== %s\n' "$*"; }
passed=0
failed=0
# Runs a node:test suite, keeps its output, and adds its counts to the totals.
node_suite() {
  local log
  log=$(mktemp)
  local status=0
  "$@" 2>&1 | tee "$log" || status=$?
  passed=$((passed + $(awk '/^(# |ℹ )pass /{s+=$3} END{print s+0}' "$log")))
  failed=$((failed + $(awk '/^(# |ℹ )fail /{s+=$3} END{print s+0}' "$log")))
  rm -f "$log"
  return "$status"
}

if [ ! -x node_modules/.bin/tsc ]; then
  step "install dependencies"
  npm ci --no-audit --no-fund
fi
step "build";        npm run --silent build
step "typecheck";    npm run --silent typecheck
step "lint";         npm run --silent lint
step "format";       npm run --silent format:check
step "unit and rule fixtures"; node_suite npm run --silent test:unit
step "language server and CLI"; node_suite npm run --silent test:lsp
if grep -q '"test:fuzz"' package.json; then
  step "fuzz and hostile input"; node_suite npm run --silent test:fuzz
fi
step "VS Code end-to-end"
npm run --silent test:e2e
passed=$((passed + $(awk '/ passing/{print $1; exit}' test-results/e2e/results.txt)))
step "Neovim"
npm run --silent test:nvim
passed=$((passed + $(awk '/^# [0-9]+ checks/{print $2 - $4; exit}' test-results/nvim/results.txt)))
printf '\ntotal: %d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
