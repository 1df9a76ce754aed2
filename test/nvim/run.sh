#!/usr/bin/env bash
# Neovim (Debian's package, 0.7.x) drives the language server headless over stdio, with no plugins
# and no settings, on the end-to-end fixtures: diagnostics, a hover, quick fixes, typed edits, and
# after each edit the whole set of findings the CLI gives for the buffer. Exit code 0 only when
# every check passed and at least MIN_CHECKS ran. Environment: NVIM_LSP_TIMEOUT (ms per wait, default 15000),
# SKIP_BUILD=1 (use the existing dist/).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

if ! command -v nvim >/dev/null; then
  SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends neovim >/dev/null
fi
nvim --version | head -1

[ -d node_modules ] || npm ci --no-audit --no-fund
[ -n "${SKIP_BUILD:-}" ] || npm run build --silent

# Edits stay in the editor's buffers, but work on a copy all the same.
WORKSPACE=$(mktemp -d)
trap 'rm -rf "$WORKSPACE"' EXIT
cp -r test/e2e/workspace/. "$WORKSPACE/"

mkdir -p test-results/nvim
# Fewer checks than this means the script stopped early or lost a case: fail rather than pass on
# what little ran. Raise it when checks are added.
MIN_CHECKS=60
status=0 # with pipefail, nvim's exit code survives the tee
SERVER="$ROOT/dist/server.js" WORKSPACE="$WORKSPACE" \
  timeout 120 nvim --headless --clean -n -i NONE -c "luafile test/nvim/lsp-test.lua" \
  2>&1 | tee test-results/nvim/results.txt || status=$?
echo "nvim exit code: $status"

# The README's snippet for this Neovim, loaded as it is, with the server on the PATH as after an install.
BIN=$(mktemp -d)
trap 'rm -rf "$WORKSPACE" "$BIN"' EXIT
printf '#!/bin/sh\nexec node "%s/dist/server.js" "$@"\n' "$ROOT" >"$BIN/cntutor-language-server"
chmod +x "$BIN/cntutor-language-server"
# The 0.11 snippet runs over a model of vim.lsp.config / vim.lsp.enable (see lsp-test.lua).
for snippet in cntutor-0.7.lua cntutor.lua; do
  rm -rf "$WORKSPACE" && mkdir -p "$WORKSPACE" && cp -r test/e2e/workspace/. "$WORKSPACE/"
  snippet_status=0
  PATH="$BIN:$PATH" SNIPPET="$ROOT/docs/neovim/$snippet" SERVER="$ROOT/dist/server.js" WORKSPACE="$WORKSPACE" \
    timeout 120 nvim --headless --clean -n -i NONE -c "luafile test/nvim/lsp-test.lua" \
    2>&1 | tee "test-results/nvim/results-$snippet.txt" || snippet_status=$?
  echo "nvim exit code with docs/neovim/$snippet: $snippet_status"
  [ "$snippet_status" -eq 0 ] || status=$snippet_status
  snippet_checks=$(awk '/^# [0-9]+ checks/{print $2; exit}' "test-results/nvim/results-$snippet.txt")
  if [ "${snippet_checks:-0}" -lt "$MIN_CHECKS" ]; then
    echo "only ${snippet_checks:-0} checks ran with $snippet; at least $MIN_CHECKS must"
    [ "$status" -ne 0 ] || status=1
  fi
done
checks=$(awk '/^# [0-9]+ checks/{print $2; exit}' test-results/nvim/results.txt)
if [ "${checks:-0}" -lt "$MIN_CHECKS" ]; then
  echo "only ${checks:-0} Neovim checks ran; at least $MIN_CHECKS must" | tee -a test-results/nvim/results.txt
  [ "$status" -ne 0 ] || status=1
fi
exit "$status"
