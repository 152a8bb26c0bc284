#!/usr/bin/env bash
# The project's test command (the README and .ci/run call it):
#
#   bash scripts/test.sh            # everything, in this order, stopping at the first failure
#   bash scripts/test.sh e2e bench  # only the named sections (the others are skipped)
#
# Sections: setup fmt clippy clippy-wasm unit build e2e bench
#   setup        scripts/setup.sh installs what is missing (Trunk, wasm-bindgen-cli, npm
#                packages, Chromium) and skips what is there
#   fmt          cargo fmt --all -- --check
#   clippy       cargo clippy --all-targets -- -D warnings          (native)
#   clippy-wasm  cargo clippy --target wasm32-unknown-unknown --bins --lib -- -D warnings
#   unit         cargo test                                         (native: scoring, formats, content...)
#   build        trunk build --release into dist/ (wasm-opt from node_modules/.bin)
#   e2e          node --test tests/e2e/ against dist/, in headless Chromium
#   bench        node scripts/bench.mjs --check: size budget 150 KB, first control 1.2 s,
#                answer update 16 ms (slow 4G, 4x CPU slowdown, median of cold runs).
#                CERMAT_BENCH_TIMING=0 skips the timing part and enforces the size only.
#                Then node scripts/bench-survey.mjs --check: 10,000 respondents x 87 items
#                imported and their statistics shown, gated at 2.5 s (median; budget 1 s,
#                reported) and no main-thread task over 200 ms.
#                Then node scripts/bench-workspace.mjs --check: 552 response files imported
#                into the workspace, ranked, 12 compared and all 552 compared as CSV, gated
#                at 5 s (median; budget 2 s, reported) and no main-thread task over 200 ms.
# Works from a fresh clone (nothing outside it is read), with CI=true and no stdin.
set -euo pipefail
cd "$(dirname "$0")/.."
export CI="${CI:-}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
exec </dev/null

ALL=(setup fmt clippy clippy-wasm unit build e2e bench)
if [ $# -gt 0 ]; then WANT=("$@"); else WANT=("${ALL[@]}"); fi
for w in "${WANT[@]}"; do
  case " ${ALL[*]} " in *" $w "*) ;; *) echo "test.sh: unknown section '$w' (sections: ${ALL[*]})" >&2; exit 2 ;; esac
done

SUMMARY=()
CURRENT=""
T_ALL=$SECONDS
T_SECTION=$SECONDS

bold() { if [ -t 1 ]; then printf '\033[1m%s\033[0m\n' "$*"; else printf '%s\n' "$*"; fi; }
fmt_time() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

section() {
  CURRENT="$1"
  T_SECTION=$SECONDS
  echo
  bold "==================== [$1] $2 ===================="
}
done_section() {
  SUMMARY+=("$(printf '  %-12s ok      %s' "$CURRENT" "$(fmt_time $((SECONDS - T_SECTION)))")")
  CURRENT=""
}
wanted() { case " ${WANT[*]} " in *" $1 "*) return 0 ;; *) SUMMARY+=("$(printf '  %-12s skipped' "$1")"); return 1 ;; esac; }

summary() {
  local status=$?
  if [ -n "$CURRENT" ]; then
    SUMMARY+=("$(printf '  %-12s FAILED  %s (exit %d)' "$CURRENT" "$(fmt_time $((SECONDS - T_SECTION)))" "$status")")
  fi
  echo
  bold "==================== summary ===================="
  printf '%s\n' "${SUMMARY[@]}"
  if [ "$status" -eq 0 ]; then
    bold "ALL PASSED in $(fmt_time $((SECONDS - T_ALL)))"
  else
    bold "FAILED in section '${CURRENT:-?}' after $(fmt_time $((SECONDS - T_ALL)))"
  fi
}
trap summary EXIT

if wanted setup; then
  section setup "scripts/setup.sh (installs what is missing)"
  bash scripts/setup.sh
  for component in rustfmt clippy; do
    if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
      echo "adding rustup component $component"
      rustup component add "$component"
    fi
  done
  done_section
fi

if wanted fmt; then
  section fmt "cargo fmt --all -- --check"
  cargo fmt --all -- --check
  done_section
fi

if wanted clippy; then
  section clippy "cargo clippy --all-targets -- -D warnings (native)"
  cargo clippy --all-targets -- -D warnings
  done_section
fi

if wanted clippy-wasm; then
  section clippy-wasm "cargo clippy --target wasm32-unknown-unknown --bins --lib -- -D warnings"
  cargo clippy --target wasm32-unknown-unknown --bins --lib -- -D warnings
  done_section
fi

if wanted unit; then
  section unit "cargo test (native)"
  cargo test
  done_section
fi

if wanted build; then
  section build "trunk build --release -> dist/"
  trunk --version
  rm -rf dist
  trunk build --release
  ls -l dist
  done_section
fi

if wanted e2e; then
  section e2e "node --test tests/e2e/ (headless Chromium against dist/)"
  [ -f dist/index.html ] || { echo "dist/index.html missing: run the build section first" >&2; exit 1; }
  rm -rf tests/e2e/artifacts
  node --test tests/e2e/
  done_section
fi

if wanted bench; then
  section bench "node scripts/bench.mjs --check (size, first control, answer update); bench-survey.mjs, bench-workspace.mjs --check"
  node scripts/bench.mjs --check
  node scripts/bench-survey.mjs --check --runs 3
  node scripts/bench-workspace.mjs --check --runs 3
  done_section
fi
