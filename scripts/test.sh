#!/usr/bin/env bash
# Sets up what is missing, then runs every check: formatting, clippy (native and wasm32),
# native tests of the pure core and of the importer, component tests in headless Chromium, the
# release build, the example archive imported from docs/example.bib and published, the size
# report, and the end-to-end tests against the served release builds.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/setup.sh" test

export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "formatting"
cargo fmt --all --check

step "clippy (native)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "clippy (native prerender, ssr feature)"
cargo clippy -p ai-paper-archive --no-default-features --features ssr --bin prerender --locked -- -D warnings

step "clippy (wasm32)"
# The importer (archive-import) is a native tool only: it is never built for the browser.
cargo clippy --workspace --lib --bins --tests --target wasm32-unknown-unknown --locked --exclude archive-core --exclude archive-import -- -D warnings
cargo clippy -p archive-core --lib --target wasm32-unknown-unknown --locked -- -D warnings

step "native tests of the pure core"
cargo test -p archive-core --locked

step "native tests of the importer (crates/import/): real export shapes, the 46-paper round trip, --into, 5,000 entries"
cargo test -p archive-import --locked

step "native tests of the build step's prerender (src/bin/prerender.rs)"
cargo test -p ai-paper-archive --no-default-features --features ssr --bin prerender --locked

step "component tests (wasm-bindgen-test, headless Chromium)"
cargo test -p ai-paper-archive --target wasm32-unknown-unknown --locked

step "the shipped bundle passes check-bundle"
cargo run -q -p archive-core --bin check-bundle --locked -- assets/papers.json

step "a broken PAPERS_BUNDLE stops the build with a message naming the file, paper and field"
broken=$(mktemp --suffix=.json)
echo '{"eras": [], "tags": [], "papers": [{"id": 5}]}' >"$broken"
if output=$(PAPERS_BUNDLE="$broken" cargo check -q -p ai-paper-archive --locked 2>&1); then
  echo "the build accepted the broken bundle $broken" >&2
  exit 1
fi
rm -f "$broken"
grep -qF "$(basename "$broken"): the paper bundle has 1 problem" <<<"$output" &&
  grep -qF 'paper #1, field "id": invalid type' <<<"$output" || {
  echo "unexpected build error for a broken bundle:" >&2
  echo "$output" >&2
  exit 1
}
echo "refused, as it should be: $(grep -F 'field "id"' <<<"$output" | head -1 | sed 's/^ *//')"

step "the build's page edits refuse a page that is not what they expect (node --test)"
node --test scripts/post-build.test.js

step "no :has() in the stylesheet has the page's root as its subject (node --test)"
node --test scripts/style.test.js

step "release build (with the prerendered default view)"
trunk build --release --locked

step "no JavaScript file spells a name of the page contract itself (node --test)"
node --test scripts/contract.test.js

step "release build under a sub-path (--public-url /archive/, for the sub-path e2e tests)"
trunk build --release --locked --public-url /archive/ --dist target/dist-subpath

step "publish.sh refuses bad input with a clear message"
# Runs publish.sh, which must fail and print the message $1.
refuses() {
  local expected=$1 output
  shift
  if output=$("$root/scripts/publish.sh" "$@" 2>&1); then
    echo "publish.sh $* succeeded, but should have refused" >&2
    exit 1
  fi
  grep -qF "$expected" <<<"$output" || {
    echo "publish.sh $* did not say \"$expected\":" >&2
    echo "$output" >&2
    exit 1
  }
  echo "refused, as it should be: $(grep -F "$expected" <<<"$output" | head -1)"
}
refuses "does not exist" no-such-bundle.json /my-archive/
refuses "must start and end with /" docs/example-bundle.json my-archive
refuses "must start and end with /" docs/example-bundle.json /my-archive
broken=$(mktemp --suffix=.json)
echo '{"eras": [], "tags": [], "papers": [{"id": 5}]}' >"$broken"
refuses 'paper #1, field "id": invalid type' "$broken" /my-archive/
rm -f "$broken"

step "import.sh: the 3-paper example archive from docs/example.bib (it must be docs/example-bundle.json)"
mkdir -p target/import
"$root/scripts/import.sh" --eras docs/example-eras.json --tags docs/example-tags.json \
  --title "Attention, Briefly" \
  --subtitle "Three papers from word vectors to BERT: how language models learned to pay attention." \
  --description "A reading list of 3 papers, from word2vec to the Transformer and BERT. Filter by tag, follow what each paper builds on, and share the view as a link." \
  docs/example.bib --out target/import/example-bundle.json
cmp target/import/example-bundle.json docs/example-bundle.json || {
  echo "the import of docs/example.bib differs from docs/example-bundle.json: update one or the other" >&2
  exit 1
}

step "publish.sh: the imported 3-paper example under /my-archive/ (for the publish e2e tests)"
"$root/scripts/publish.sh" target/import/example-bundle.json /my-archive/

step "release sizes, against the regression ceiling"
# Issue 4 asks for at most 150 KB gzip in total; the app does not meet that (BENCHMARKS.md
# explains where the bytes go). Until that is decided, this ceiling, a little above today's
# size, keeps the bundle from growing unnoticed. Raised from 262,000 in session 3 for what the
# first-contact work added on purpose (tag definitions, the legible graph's layout, the tag
# tip, the phone layout's CSS): 277,269 bytes measured. Raised again in session 4 for the first
# view (first-view/: the core, its JSON bundle and serde_json in a second wasm module that
# paints a shared link before the app, ~106 KB) and the service worker (~2 KB): 387,195 bytes
# measured; ceiling 1.5 % above. Raised in session 7 for what issues 17 and 18 added on purpose
# (loaders that compile any MIME type and explain a failed start, the service worker's release
# rules, the archive's own title and description, tracking links, the focus carried over):
# 396,782 bytes measured (app wasm +1.5 KB, first view +1.9 KB, sw.js +0.9 KB, CSS +0.6 KB);
# ceiling 0.6 % above. Lowered in session 8 ("bytes"): the bundle is baked into Rust data at
# build time, so neither wasm module carries serde_json's deserializer or the JSON (app wasm
# -24.0 KB, first view -36.9 KB), and release builds drop the panic hook (-1.2 KB) and the
# producers section (-0.1 KB): 334,484 bytes measured. Merged with the same session's history
# writer (core::history and the browser-history crate, linked into both modules), the sorted id
# index that makes paper lookups logarithmic, and the loaders reading the page contract: 337,447
# bytes measured (app wasm +1.2 KB, first view +1.6 KB, index.html +0.1 KB); ceiling 0.45 %
# above. Raised in session 9 for issue 17's one render: the app adopts the prerendered page
# (Leptos hydration, a part at a time) instead of rendering it again, and a hydrating build
# carries both of Leptos's paths (build and hydrate) for every view: 368,095 bytes measured
# (app wasm +30.7 KB, index.html -0.1 KB); ceiling 0.45 % above. Lowered in session 10 for
# issue 24's one app: Leptos 0.9, no first view, cards adopted without bindings, one inline start
# script: 273,228 bytes measured; ceiling 0.5 % above. Raised for what issue 27's core items
# add on purpose ("Did you mean": the archive's vocabulary, strsim's edit distance and its offer
# in the empty state; the BibTeX export that round-trips; the dialog's history rule and entry
# marks; the search's own notices; tags and dates searched; the year-only date order; the reflow
# CSS): 276,362 bytes measured (app wasm +2.7 KB, CSS +0.35 KB; what grew was read function by
# function from the wasm's name section, and what was accidental, new instantiations of sorting
# and formatting code, trimmed); ceiling 0.5 % above. Raised for issue 27's reader items (focus
# that lands, the dialog's click beside it and its page held still, the lineage graph's axis,
# legend and first view on a phone, the tag panel's count, the exports' popover on a phone, the
# folding notice, the search key hint) and issue 26's house (no size change meant): 281,585
# bytes measured (app wasm +4.0 KB, CSS +1.5 KB, HTML and JS +0.5 KB); ceiling 0.5 % above.
max_total_gzip=283000
sizes=$("$root/scripts/sizes.sh")
echo "$sizes"
total_gzip=$(awk '$1 == "total" { print $3 }' <<<"$sizes")
if [ "$total_gzip" -gt "$max_total_gzip" ]; then
  echo "the release bundle is $total_gzip bytes gzip in total, over the ceiling of $max_total_gzip:" >&2
  echo "find what grew (twiggy top on the wasm, scripts/sizes.sh) before raising the ceiling." >&2
  exit 1
fi
echo "total gzip $total_gzip bytes (ceiling $max_total_gzip; issue 24's goal is 200,000)"

step "end-to-end tests (Playwright, headless Chromium, dist served on 127.0.0.1)"
npx --no-install playwright test

step "all checks passed"
