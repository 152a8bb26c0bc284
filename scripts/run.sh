#!/usr/bin/env bash
# The one command to try Cermat: installs what is missing, builds, and serves the app
# on http://127.0.0.1:8080 (set PORT to change it). Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
NEED_BROWSER=0 bash scripts/setup.sh   # the browser is only needed by the tests
export PATH="$PWD/node_modules/.bin:$PATH"   # wasm-opt from npm binaryen
exec trunk serve --release --address 127.0.0.1 --port "${PORT:-8080}"
