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
status=0 # with pipefail, nvim's exit code survives the tee
SERVER="$ROOT/dist/server.js" WORKSPACE="$WORKSPACE" \
  timeout 120 nvim --headless --clean -n -i NONE -c "luafile test/nvim/lsp-test.lua" \
  2>&1 | tee test-results/nvim/results.txt || status=$?
echo "nvim exit code: $status"
# Fewer checks than this means the script stopped early or lost a case: fail rather than pass on
# what little ran. Raise it when checks are added.
MIN_CHECKS=24
checks=$(awk '/^# [0-9]+ checks/{print $2; exit}' test-results/nvim/results.txt)
if [ "${checks:-0}" -lt "$MIN_CHECKS" ]; then
  echo "only ${checks:-0} Neovim checks ran; at least $MIN_CHECKS must" | tee -a test-results/nvim/results.txt
  [ "$status" -ne 0 ] || status=1
fi
exit "$status"
