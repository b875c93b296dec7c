#!/usr/bin/env bash
# The demo from nothing: install what is missing, build the package, serve www/ and print the
# address (demo.host:demo.port of wasm-pack.toml; PORT=N overrides the port).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
# serve.py prints the address: http://127.0.0.1:8080/ unless PORT says otherwise.
exec python3 scripts/serve.py
