#!/usr/bin/env bash
# Installs what building, serving and testing the archive need, skipping whatever is already
# there at the right version. Safe to run again and again.
#
#   scripts/setup.sh serve   # Rust wasm target, Trunk, wasm-bindgen-cli, wasm-opt
#   scripts/setup.sh test    # the above, plus Chromium, chromedriver and Playwright
#
# Versions are pinned where a mismatch breaks the build (see Trunk.toml and Cargo.lock).
# Only package registries are reachable on our machines, so every tool comes from one:
# crates.io (Trunk, wasm-bindgen-cli), npm (binaryen's wasm-opt, Playwright), Debian (Chromium).
set -euo pipefail

purpose=${1:-test}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

TRUNK_VERSION=0.22.1
# Trunk insists on a wasm-bindgen-cli that matches the wasm-bindgen crate exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown Rust target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding rustup component $component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing Trunk $TRUNK_VERSION (one-off, about 13 minutes)"
  # 0.22 declares rust-version 1.96 but builds fine on 1.95.
  cargo install trunk --version "$TRUNK_VERSION" --locked --ignore-rust-version
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (one-off, about 3 minutes)"
  # No --locked: its lock file pins a webpki-roots version that is no longer on crates.io.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# npm packages (binaryen's wasm-opt, Playwright, axe-core) are pinned in package-lock.json.
# Playwright never downloads browsers here: the tests use Debian's Chromium.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.installed-lock-hash 2>/dev/null)" != "$lock_hash" ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
  echo "$lock_hash" > node_modules/.installed-lock-hash
fi

if [ "$purpose" = test ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing Chromium and chromedriver from Debian"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver
  fi
fi
say "ready for $purpose"
