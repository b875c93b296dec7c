#!/usr/bin/env bash
# Runs every test of article-annotator, on a fresh machine too (README: "Run every test"):
#   1. native: `cargo test` (unit tests per finder, the corpora in testdata/, the reference
#      article against its gold, the CLI);
#   2. the wasm API in a real browser: `wasm-pack test --headless --<browser>` for each browser
#      of wasm-pack.toml [test];
#   3. the page end to end: build the package, serve www/, drive Chromium (playwright-core).
# It installs whatever is missing first (scripts/setup.sh --browser).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
setting() { python3 scripts/tools.py "$1"; }

echo "== native tests: cargo test"
cargo test --locked

echo "== wasm tests in the browser: wasm-pack test"
WASM_BINDGEN_TEST_TIMEOUT=$(setting test.timeout)
export WASM_BINDGEN_TEST_TIMEOUT
mapfile -t browsers < <(setting test.browsers)
for browser in "${browsers[@]}"; do
  wasm-pack test --headless "--$browser"
done

echo "== the page, end to end: build, serve, drive Chromium"
bash scripts/build.sh
node --test tests/e2e/
