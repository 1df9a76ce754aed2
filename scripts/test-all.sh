#!/usr/bin/env bash
# Every test of the project, in the order a failure is cheapest to find. Installs what it needs.
# Nothing can hang it: each step has a time limit (and each node:test file a per-test timeout), and
# the whole run stops after TEST_ALL_MINUTES (default 120; the first run installs VS Code and Neovim).
set -euo pipefail
cd "$(dirname "$0")/.."
export npm_config_yes=true

if [ -z "${CNTUTOR_TEST_ALL_LIMITED:-}" ]; then
  export CNTUTOR_TEST_ALL_LIMITED=1
  status=0
  # No step reads the terminal; with stdin closed none can stop in the background waiting for it.
  timeout --kill-after=30 "$((${TEST_ALL_MINUTES:-120} * 60))" bash "$0" "$@" </dev/null || status=$?
  [ "$status" -eq 124 ] && printf '\nthe test run did not finish within %s minutes\n' "${TEST_ALL_MINUTES:-120}"
  exit "$status"
fi

# The programs under test keep V8 code caches (server/src/code-cache.ts): in a folder of this run's
# own, so a test run neither reads caches another build left nor leaves its own in the home folder.
CNTUTOR_CODE_CACHE=$(mktemp -d)
export CNTUTOR_CODE_CACHE
trap 'rm -rf "$CNTUTOR_CODE_CACHE"' EXIT

step() { printf '\n== %s\n' "$*"; }
# Runs a command with a time limit in seconds; on expiry it and everything it started are stopped.
limit() {
  local seconds=$1
  shift
  local status=0
  timeout --kill-after=30 "$seconds" "$@" || status=$?
  [ "$status" -eq 124 ] && printf '\n%s did not finish within %s s\n' "$*" "$seconds" >&2
  return "$status"
}
passed=0
failed=0
# Runs a node:test suite under a time limit, keeps its output, and adds its counts to the totals.
# A suite that reports fewer tests than its minimum fails: tests that silently stopped running (a
# file that exits early, a loop that registers nothing) must not pass for a green run. Raise a
# minimum when adding tests; lower it only when removing tests on purpose.
node_suite() {
  local seconds=$1 minimum=$2
  shift 2
  local log
  log=$(mktemp)
  local status=0
  limit "$seconds" "$@" 2>&1 | tee "$log" || status=$?
  local suite_passed suite_tests
  suite_passed=$(awk '/^(# |ℹ )pass /{s+=$3} END{print s+0}' "$log")
  suite_tests=$(awk '/^(# |ℹ )tests /{s+=$3} END{print s+0}' "$log")
  passed=$((passed + suite_passed))
  failed=$((failed + $(awk '/^(# |ℹ )fail /{s+=$3} END{print s+0}' "$log")))
  rm -f "$log"
  if [ "$suite_tests" -lt "$minimum" ]; then
    printf '\n%s reported %s tests, fewer than its minimum of %s\n' "$*" "$suite_tests" "$minimum" >&2
    failed=$((failed + 1))
    [ "$status" -ne 0 ] || status=1
  fi
  return "$status"
}

if [ ! -x node_modules/.bin/tsc ]; then
  step "install dependencies"
  limit 1200 npm ci --no-audit --no-fund
fi
step "build";        limit 300 npm run --silent build
step "typecheck";    limit 600 npm run --silent typecheck
step "lint";         limit 600 npm run --silent lint
step "format";       limit 300 npm run --silent format:check
step "unit and rule fixtures"; node_suite 900 3289 npm run --silent test:unit
step "language server and CLI"; node_suite 1200 99 npm run --silent test:lsp
if grep -q '"test:fuzz"' package.json; then
  step "fuzz and hostile input"; node_suite 1800 203 npm run --silent test:fuzz
fi
step "browser build in Chromium"; node_suite 900 6 npm run --silent test:browser
step "VS Code end-to-end"
limit 2400 npm run --silent test:e2e
passed=$((passed + $(awk '/ passing/{s+=$1} END{print s+0}' test-results/e2e/results.txt)))
step "Neovim"
limit 900 npm run --silent test:nvim
passed=$((passed + $(awk '/^# [0-9]+ checks/{print $2 - $4; exit}' test-results/nvim/results.txt)))
printf '\ntotal: %d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
