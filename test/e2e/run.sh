#!/usr/bin/env bash
# End-to-end tests in a real VS Code: installs what is missing (Debian packages, the VS Code server
# from the code-server npm package), builds the extension, and runs the mocha suite in
# test/e2e/suite inside VS Code with the packaged extension (the unpacked .vsix) under development.
# The VS Code install is cached in ~/.cache/cntutor-e2e (CNTUTOR_E2E_CACHE) and reused.
#
# Then UI-level checks drive the workbench: hover a squiggle and save what a user sees to
# test-results/e2e/hover.png, then the same in Korean with the Concepts view and the walkthrough
# (hover-ko.png, tutor-ko.png). `run.sh --screenshot` (npm run screenshot) does only that, into
# docs/images/, the README's pictures.
#
# Results: test-results/e2e/results.txt (also printed). Exit code 0 only when every check passed.
# Environment: E2E_TIMEOUT (ms, default 300000), CS_VERBOSE=1 (all server and page output),
#              KEEP_TMP=1 (keep the server's user-data folder with its logs), SKIP_BUILD=1 (use the
#              existing dist/), CNTUTOR_E2E_CACHE (where VS Code is installed).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
MODE=${1:-all}
case $MODE in all | --screenshot) ;; *) echo "usage: $0 [--screenshot]" >&2; exit 2 ;; esac
start=$(date +%s)
step() { echo "== $* ($(($(date +%s) - start)) s)"; }

# 1. System packages: a browser to render the workbench, and what the VS Code server build needs.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v rg >/dev/null || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v make >/dev/null && command -v g++ >/dev/null || missing+=(build-essential)
command -v python3 >/dev/null || missing+=(python3)
fc-list 2>/dev/null | grep -qi 'color emoji' || missing+=(fonts-noto-color-emoji) # the hover's ❌/✅
fc-list 2>/dev/null | grep -qi 'noto sans cjk' || missing+=(fonts-noto-cjk)        # Korean text in screenshots
if [ ${#missing[@]} -gt 0 ]; then
  step "installing ${missing[*]}"
  SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 2. VS Code (server + web workbench), cached outside the repository and reused.
step "VS Code server"
CS_DIR=$(bash test/e2e/install-code-server.sh | tail -1)
export CODE_SERVER="$CS_DIR/node_modules/.bin/code-server"

# 3. The extension and the suite.
[ -d node_modules ] || npm ci --no-audit --no-fund
if [ -z "${SKIP_BUILD:-}" ]; then
  step "npm run build"
  npm run build --silent
fi

if [ "$MODE" = --screenshot ]; then
  step "screenshots"
  status=0
  node --import tsx test/e2e/screenshot.ts --out docs/images/hover.png || status=$?
  node --import tsx test/e2e/screenshot.ts --locale ko --out docs/images/hover-ko.png || status=$?
  node --import tsx test/e2e/ui-korean.ts --out docs/images/tutor-ko.png || status=$?
  step "done, exit code $status"
  exit $status
fi

# 4. The suite (bundled into out/e2e/suite) inside VS Code, against the packaged extension: the
#    .vsix a user installs, unpacked, so what is tested is exactly what ships.
step "packaging the extension"
npm run --silent package >/dev/null
EXTENSION_DIR=$(mktemp -d)
trap 'rm -rf "$EXTENSION_DIR"' EXIT
python3 -m zipfile -e dist/cloud-native-tutor.vsix "$EXTENSION_DIR"
step "running the suite in VS Code"
status=0
node --import tsx test/e2e/run-code-server.ts \
  --extension "$EXTENSION_DIR/extension" --folder test/e2e/workspace --results test-results/e2e/results.txt || status=$?

# 5. The same package as a web extension, in VS Code's browser extension host (as vscode.dev runs
#    it): its `browser` entry, with the language server in a web worker.
step "running the web checks in VS Code's browser extension host"
node --import tsx test/e2e/run-code-server.ts --web \
  --extension "$EXTENSION_DIR/extension" --folder test/e2e/workspace --results test-results/e2e/results.txt || status=$?

# 6. What a user sees: hover a squiggle in the workbench.
step "UI check (hover in the workbench)"
ui=0
node --import tsx test/e2e/screenshot.ts --out test-results/e2e/hover.png || ui=$?
echo "UI check: $([ $ui -eq 0 ] && echo passed || echo FAILED)" | tee -a test-results/e2e/results.txt
[ $ui -eq 0 ] || status=1

# 7. The same in Korean (cntutor.locale: ko): the hover, the Concepts view and the walkthrough.
step "UI check in Korean (hover, Concepts view, walkthrough)"
ko=0
node --import tsx test/e2e/screenshot.ts --locale ko --out test-results/e2e/hover-ko.png || ko=$?
node --import tsx test/e2e/ui-korean.ts --out test-results/e2e/tutor-ko.png || ko=$?
echo "UI check in Korean: $([ $ko -eq 0 ] && echo passed || echo FAILED)" | tee -a test-results/e2e/results.txt
[ $ko -eq 0 ] || status=1
step "done, exit code $status"
exit $status
