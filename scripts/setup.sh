#!/usr/bin/env bash
# Installs what article-annotator needs and is missing, on a machine that has only Debian, rustup's
# stable Rust, Python 3 and Node.js with npm. Safe to run again: each step checks before it acts.
#   scripts/setup.sh            the build tools (wasm32 std, wasm-pack, wasm-bindgen-cli, npm tools)
#   scripts/setup.sh --browser  also Chromium and ChromeDriver for the browser tests
# Versions come from wasm-pack.toml (tools) and package.json / package-lock.json (npm tools).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
setting() { python3 scripts/tools.py "$1"; }
log() { printf '[setup] %s\n' "$*" >&2; }

want_browser=false
[ "${1:-}" = "--browser" ] && want_browser=true

apt_updated=false
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! $apt_updated; then
    log "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    apt_updated=true
  fi
  log "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# --- the wasm32 standard library ---------------------------------------------------------------
has_wasm_std() {
  ls "$(rustc --target wasm32-unknown-unknown --print target-libdir 2>/dev/null)"/libstd-*.rlib >/dev/null 2>&1
}
debian_rust_fallback() {
  # rustup's server is not a promised registry; Debian's rustc-web is. Build wasm32's std from its
  # sources once and put the rlibs where rustc looks (see ../shared/TOOLCHAIN.md).
  log "rustup could not add wasm32; falling back to Debian's rustc-web"
  apt_install rustc-web cargo-web rust-web-src rust-web-llvm lld-22
  mkdir -p "$root/target/debian-rust-bin"
  for t in rustc cargo rustdoc; do ln -sf "/usr/bin/$t" "$root/target/debian-rust-bin/$t"; done
  export PATH="$root/target/debian-rust-bin:$PATH"
  local libdir=/usr/lib/rustlib/wasm32-unknown-unknown/lib stamp
  stamp="$(rustc -vV | tr '\n' ' ')"
  if [ -f "$libdir/.stamp" ] && [ "$(cat "$libdir/.stamp")" = "$stamp" ] && has_wasm_std; then return 0; fi
  local tmp; tmp=$(mktemp -d)
  (cd "$tmp" && cargo new -q --lib stdbuild && cd stdbuild &&
    RUSTC_BOOTSTRAP=1 RUSTFLAGS=-Cembed-bitcode=yes cargo build -q --release \
      --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort,proc_macro,test)
  mkdir -p "$libdir"
  find "$tmp/stdbuild/target/wasm32-unknown-unknown/release/deps" -name 'lib*.rlib' ! -name 'libstdbuild*' \
    -exec cp {} "$libdir/" \;
  echo "$stamp" > "$libdir/.stamp"
  rm -rf "$tmp"
}
if ! has_wasm_std; then
  log "rustup target add wasm32-unknown-unknown"
  timeout 180 rustup target add wasm32-unknown-unknown >/dev/null 2>&1 || true
  has_wasm_std || debian_rust_fallback
  has_wasm_std || { log "no wasm32 standard library could be installed"; exit 1; }
fi

# --- wasm-pack and wasm-bindgen-cli (versions from wasm-pack.toml) --------------------------------
export PATH="$HOME/.cargo/bin:$PATH"
wasm_pack_version=$(setting tools.wasm-pack)
bindgen_version=$(setting tools.wasm-bindgen-cli)
if [ "$(wasm-pack --version 2>/dev/null)" != "wasm-pack $wasm_pack_version" ]; then
  log "cargo install wasm-pack $wasm_pack_version (about 2 minutes)"
  cargo install -q --locked --force wasm-pack --version "$wasm_pack_version"
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  # --locked fails for 0.2.130 (a yanked webpki-roots); without it the install works.
  log "cargo install wasm-bindgen-cli $bindgen_version (about 3 minutes)"
  cargo install -q --force wasm-bindgen-cli --version "$bindgen_version"
fi
# The library must be the same version as the CLI: bring Cargo.lock to it.
locked=$(python3 - <<'PY'
import tomllib
lock = tomllib.load(open("Cargo.lock", "rb"))
print(next((p["version"] for p in lock["package"] if p["name"] == "wasm-bindgen"), ""))
PY
)
if [ "$locked" != "$bindgen_version" ]; then
  log "Cargo.lock has wasm-bindgen '$locked'; updating it to $bindgen_version"
  cargo update -q -p wasm-bindgen --precise "$bindgen_version"
fi

# --- npm tools: wasm-opt (npm binaryen; Debian's breaks the module), playwright-core ----------------
# npm writes node_modules/.package-lock.json on install: older than package-lock.json means stale.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "npm ci (binaryen, playwright-core)"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi

# --- browsers ----------------------------------------------------------------------------------
if $want_browser; then
  apt_install chromium chromium-driver
fi
log "ready"
