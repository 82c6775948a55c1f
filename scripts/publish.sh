#!/usr/bin/env bash
# Builds the archive from your own paper bundle, for a static host, in one command:
#
#   scripts/publish.sh BUNDLE PUBLIC_PATH [OUT_DIR]
#   scripts/publish.sh my-papers.json /my-archive/        # → target/publish/dist
#
# BUNDLE is a JSON file in the format of assets/papers.schema.json (docs/example-bundle.json is
# a small one). PUBLIC_PATH is the path the site will be served under: / for the root of a
# host, /NAME/ for a project page such as https://USER.github.io/NAME/. OUT_DIR (default
# target/publish/dist) receives the site; copy its contents to the host as they are.
#
# It installs what is missing (scripts/setup.sh serve), checks the bundle first (check-bundle's
# messages name the paper and the field), then makes the same release build as the shipped
# archive (prerendered view, strict CSP, service worker) with the bundle compiled in.
set -euo pipefail

fail() {
  printf 'publish.sh: %s\n' "$*" >&2
  exit 1
}

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: scripts/publish.sh BUNDLE PUBLIC_PATH [OUT_DIR]" >&2
  echo "  e.g. scripts/publish.sh my-papers.json /my-archive/" >&2
  exit 2
fi
bundle=$1
public_path=$2

# Relative paths are the caller's, resolved before we move to the repository.
[ -e "$bundle" ] || fail "the bundle $bundle does not exist"
[ -f "$bundle" ] || fail "the bundle $bundle is not a file"
[ -r "$bundle" ] || fail "the bundle $bundle cannot be read"
bundle="$(cd "$(dirname "$bundle")" && pwd)/$(basename "$bundle")"

# The app's URLs, its service worker's scope and the host's layout all hang on this path.
case "$public_path" in
  /*/ | /) ;;
  *) fail "the public path must start and end with / (e.g. / or /my-archive/), not '$public_path'" ;;
esac
if [[ "$public_path" =~ [[:space:]\"\'\<\>\\?#] ]]; then
  fail "the public path '$public_path' has characters a URL path cannot hold as they are"
fi

root=$(cd "$(dirname "$0")/.." && pwd)
out=${3:-$root/target/publish/dist}
mkdir -p "$out" || fail "cannot create the output directory $out"
out=$(cd "$out" && pwd)
# Trunk empties the output directory first: never let it empty one that is not a build.
if [ -n "$(ls -A "$out")" ] && [ ! -f "$out/index.html" ]; then
  fail "the output directory $out has files in it but is not an earlier build (no index.html); choose an empty or new directory"
fi
case "$root/" in
  "$out"/*) fail "the output directory $out holds the repository; choose one inside it or elsewhere" ;;
esac

cd "$root"
"$root/scripts/setup.sh" serve
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"

echo "Checking $bundle"
cargo run -q --locked -p archive-core --bin check-bundle -- "$bundle" ||
  fail "the bundle $bundle has the problems listed above; fix them and run publish.sh again"

echo "Building for $public_path into $out"
PAPERS_BUNDLE="$bundle" trunk build --release --locked --public-url "$public_path" --dist "$out"
# The post-build hook checks the page it writes; check what is actually in $out as well, so a
# page without its Content-Security-Policy (or with a slot left unfilled) is never published.
node -e 'try { require(process.argv[1]).checkPage(require("node:fs").readFileSync(process.argv[2], "utf8")) }
  catch (error) { console.error(error.message); process.exit(1) }' \
  "$root/scripts/post-build.js" "$out/index.html" ||
  fail "the built page $out/index.html failed its check (above); do not publish it"

cat <<EOF

Published: $out
  Put the contents of that directory on any static host so that its index.html answers
  $public_path (e.g. https://USER.github.io${public_path} for a project page named after the path).
  To look at it here first:
    node tests/e2e/serve-dist.js "$out" 8080 $public_path
  then open http://127.0.0.1:8080${public_path}
EOF
