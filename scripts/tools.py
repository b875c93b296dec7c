#!/usr/bin/env python3
"""Read one setting from wasm-pack.toml: `tools.py tools.wasm-pack` prints 0.15.1.

Lists print one item per line, so shell scripts can read them with mapfile."""
import pathlib
import sys
import tomllib

root = pathlib.Path(__file__).resolve().parent.parent
config = tomllib.loads((root / "wasm-pack.toml").read_text())
value = config
for part in sys.argv[1].split("."):
    if not isinstance(value, dict) or part not in value:
        sys.exit(f"wasm-pack.toml has no setting {sys.argv[1]}")
    value = value[part]
if isinstance(value, list):
    for item in value:
        print(item)
else:
    print(value)
