#!/usr/bin/env bash
# Installs the VS Code server that ships in the `code-server` npm package, offline-safe
# (only the npm registry is needed), into a cache folder that later runs reuse.
#
# Usage: test/e2e/install-code-server.sh [dir] [version]
#   dir      default: $CNTUTOR_E2E_CACHE/code-server-<version>, the cache being ~/.cache/cntutor-e2e.
#            Keep it outside the extension folder: VS Code treats color themes found below the
#            extension-development path as the extension's own and switches to them.
#   version  default: 4.100.3 (= VS Code 1.100.3, the last release that runs on Node 20)
#
# Needs: build-essential, python3, libkrb5-dev (kerberos addon), ripgrep, Node headers.
# Prints the install folder on the last line of stdout.
set -euo pipefail
VER=${2:-${CODE_SERVER_VERSION:-4.100.3}}
CACHE=${CNTUTOR_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cntutor-e2e}
DIR=${1:-$CACHE/code-server-$VER}
BIN="$DIR/node_modules/.bin/code-server"

if [ -f "$DIR/.installed" ] && [ -x "$BIN" ]; then
  echo "$DIR"
  exit 0
fi

export npm_config_yes=true         # node-pty's install script runs `npx node-gyp`
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
STAGE="$DIR.partial"
rm -rf "$STAGE"
mkdir -p "$STAGE"
cd "$STAGE"
npm init -y >/dev/null

# 1. code-server's own postinstall refuses to run as root and its nested install downloads
#    ripgrep from GitHub, so skip it and do its work by hand below.
npm install "code-server@$VER" --ignore-scripts --no-audit --no-fund --loglevel=error
npm rebuild argon2 --loglevel=error   # the prebuilt download fails offline; falls back to a local build

# 2. The equivalent of code-server's postinstall for the bundled VS Code.
cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error
if [ -f node_modules/@vscode/ripgrep/lib/postinstall.js ]; then
  # @vscode/ripgrep's postinstall downloads rg; with bin/rg present it does nothing.
  mkdir -p node_modules/@vscode/ripgrep/bin
  cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
fi
npm rebuild --loglevel=error        # node-pty, spdlog, kerberos, native-watchdog, ...
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev --no-audit --no-fund --loglevel=error)

cd "$STAGE"
"$STAGE/node_modules/.bin/code-server" --config "$STAGE/config.yaml" --version | head -1 >&2
touch .installed
rm -rf "$DIR"
mv "$STAGE" "$DIR"
echo "$DIR"
