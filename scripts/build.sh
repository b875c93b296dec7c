#!/usr/bin/env bash
# Builds the browser package (www/pkg) with wasm-pack, every setting from wasm-pack.toml [build],
# and prints the size of the .wasm, raw and gzipped. Run scripts/setup.sh first on a new machine.
set -euo pipefail
cd "$(dirname "$0")/.."
# npm's binaryen first: wasm-pack runs the first wasm-opt on PATH, and Debian's breaks the module.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
setting() { python3 scripts/tools.py "$1"; }

if [ ! -x node_modules/.bin/wasm-opt ]; then
  echo "build: node_modules/.bin/wasm-opt is missing; run scripts/setup.sh (or npm ci) first" >&2
  exit 1
fi

target=$(setting build.target)
out_dir=$(setting build.out-dir)
out_name=$(setting build.out-name)
profile=$(setting build.profile)
mapfile -t flags < <(setting build.flags)

wasm-pack build --target "$target" --out-dir "$out_dir" --out-name "$out_name" "$profile" "${flags[@]}"

wasm="$out_dir/${out_name}_bg.wasm"
raw=$(wc -c < "$wasm")
gzipped=$(gzip -9 -c "$wasm" | wc -c)
awk -v f="$wasm" -v r="$raw" -v g="$gzipped" \
  'BEGIN { printf "build: %s: %d bytes raw (%.1f KiB), %d bytes gzipped (%.1f KiB)\n", f, r, r / 1024, g, g / 1024 }'
