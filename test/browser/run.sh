#!/usr/bin/env bash
# The browser build's tests: the language server as a web worker in Debian's chromium (installed
# here when missing), against the Node server. Needs a build (npm run build).
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v chromium >/dev/null && [ -z "${CHROMIUM:-}" ]; then
  SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
[ -f dist/browser/server.js ] || npm run --silent build
exec node --require ./test/register-text.cjs --import tsx --test --test-timeout=600000 --test-reporter=spec test/browser/*.test.ts
