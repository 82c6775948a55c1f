#!/usr/bin/env bash
# Sets up what is missing, then builds the release bundle and serves it on
# http://127.0.0.1:8080, rebuilding on every change (reload the page to see it).
#
# No live reload: Trunk's live-reload script is an inline script whose text Trunk completes at
# serve time, after our post-build hook has written the Content-Security-Policy, so the page's
# CSP would refuse it and log an error on every load. The served page is exactly the release
# build, with the same strict CSP as production.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/setup.sh" serve

export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
echo "Serving the AI Paper Archive on http://127.0.0.1:8080 (Ctrl-C stops)"
exec trunk serve --release --locked --no-autoreload
