#!/usr/bin/env bash
# Sets up what is missing, then builds the release bundle and serves it on
# http://127.0.0.1:8080, rebuilding on every change.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/setup.sh" serve

export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
echo "Serving the AI Paper Archive on http://127.0.0.1:8080 (Ctrl-C stops)"
exec trunk serve --release --locked
