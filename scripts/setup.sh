#!/usr/bin/env bash
# Installs whatever the build and the tests need and is not already present.
# Follows docs/toolchain.md: every tool comes from crates.io, npm or Debian,
# because downloads from anywhere else (Trunk's own included) fail on our machines.
# Each step is skipped when the right version is already there, so reruns take seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130   # must equal the wasm-bindgen crate pinned in Cargo.toml
NEED_BROWSER=${NEED_BROWSER:-1} # set NEED_BROWSER=0 to skip Chromium (build-only machines)

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "building Trunk $TRUNK_VERSION from crates.io (10-15 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  say "building wasm-bindgen-cli $WASM_BINDGEN_VERSION (no --locked: see TOOLCHAIN.md)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# npm packages: wasm-opt (binaryen), the browser driver and the accessibility checker.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ package.json -nt node_modules/.installed ]; then
  say "installing npm packages (binaryen, playwright-core, axe-core)"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
  touch node_modules/.installed
fi

# pdftotext (poppler-utils) reads the printed report's PDF in tests/e2e/report.test.mjs.
if [ "$NEED_BROWSER" = 1 ] && { [ ! -x /usr/bin/chromium ] || ! command -v pdftotext >/dev/null; }; then
  say "installing Debian's Chromium and poppler-utils"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver poppler-utils >/dev/null
fi

say "ready"
