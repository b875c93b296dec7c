#!/usr/bin/env python3
"""Serves a folder (www/ by default) on 127.0.0.1 only (demo.host), `.wasm` as application/wasm.

    serve.py [--port N] [--dir www] [--quiet]
The port defaults to $PORT, else demo.port of wasm-pack.toml; 0 picks a free one. The address is
printed on the first line of stdout.
"""
import argparse
import functools
import http.server
import os
import pathlib
import subprocess
import sys

root = pathlib.Path(__file__).resolve().parent.parent


def setting(name):
    return subprocess.run([sys.executable, str(root / "scripts" / "tools.py"), name],
                          check=True, capture_output=True, text=True).stdout.strip()


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript", ".mjs": "text/javascript"}

    quiet = False

    def log_message(self, format, *args):
        if not self.quiet:
            super().log_message(format, *args)

    def end_headers(self):
        # The page is rebuilt often during development: never serve a stale package.
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT") or setting("demo.port")))
    parser.add_argument("--dir", default=str(root / "www"))
    parser.add_argument("--quiet", action="store_true", help="do not log requests")
    args = parser.parse_args()
    # Local only: the demo is not meant to be reachable from other machines.
    if setting("demo.host") not in ("127.0.0.1", "localhost"):
        sys.exit(f"serve.py: demo.host in wasm-pack.toml must be 127.0.0.1, not {setting('demo.host')}")
    host = "127.0.0.1"
    Handler.quiet = args.quiet
    handler = functools.partial(Handler, directory=args.dir)
    with http.server.ThreadingHTTPServer((host, args.port), handler) as server:
        print(f"Serving {args.dir} at http://{host}:{server.server_address[1]}/ (Ctrl+C stops)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
