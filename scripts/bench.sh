#!/usr/bin/env bash
# Benchmarks the AI Paper Archive's release build and writes BENCHMARKS.md (and prints it).
#
#   ./scripts/bench.sh                  # everything; the cold build alone takes ~3 minutes
#   BENCH_SKIP_COLD=1 ./scripts/bench.sh  # reuse the last cold-build time instead of rebuilding
#
# What it measures (details in the header comment of each scripts/bench/*.js); issue 24's goals
# are marked (a)-(g), and report.js puts them side by side in BENCHMARKS.md's "Goals (issue 24)":
#   1. sizes       the release bundle's files, raw and gzip -9 (scripts/sizes.sh): (b)
#   +  downloads   everything a first visit downloads as the host sees it, the service worker's
#                  precache included, with and without cache headers (downloads.js): (b)
#   2. ttc         time to content, cold cache, the app at / vs the same DOM as static HTML
#   3. filter      tag click -> settled DOM, next frame, and next paint (Event Timing), with the
#                  real bundle and with 5,000 papers (filter.js): (f), (g)
#   +  keystroke   each key of a typed word -> next paint (Event Timing), 46 and 5,000 papers
#                  (keystroke.js): (f)
#   4. builds      release build (trunk build --release) cold, and after touching one source file
#   +  shared-link a shared link's time to content vs its view as static HTML, desktop and
#                  emulated phone (shared-link.js): (c)
#   +  first-click content -> the first click's answer, and what was downloaded by then, at / and
#                  on a link, desktop and phone; 5,000 papers: navigation -> live (first-click.js):
#                  (a), (d), (f)
#   +  repeat      first visit vs repeat visit (persistent profile, service worker) (repeat-visit.js)
#   5. lighthouse  Lighthouse 12.2.3 scores and Total Blocking Time, mobile (default) and desktop
#                  presets, at / and /?tags=rlhf (lighthouse.js): (e)
#
# Which bundle: a snapshot of dist/ (BENCH_DIST=DIR for another), copied to target/bench/dist-measured
# at the start so a rebuild of dist/ during the run cannot mix two builds. Everything the bench
# writes stays under target/bench/ (its own CARGO_TARGET_DIRs and --dist directories), except
# BENCHMARKS.md; it never writes dist/ or target/release. Builds run in a copy of the work tree
# (target/bench/tree), so even the rebuild-after-edit timing (`touch src/components/header.rs`) leaves the
# real tree alone.
#
# Knobs: BENCH_SKIP_COLD=1, BENCH_DIST=DIR, BENCH_TTC_RUNS (15), BENCH_REPEAT_RUNS (7),
# BENCH_CLICKS (clicks per page load, 32, 46 papers), BENCH_CLICKS_5000 (16), BENCH_FILTER_RUNS
# (page loads per size, 3), BENCH_KEY_ROUNDS (words typed per page load, 6), BENCH_KEY_RUNS
# (page loads, 2), BENCH_LINK_RUNS (9), BENCH_CLICK_RUNS (9), BENCH_CLICK_RUNS_5000 (5),
# BENCH_LH_RUNS (3), BENCH_LH_PRESETS (mobile,desktop), BENCH_IDLE_WAIT (seconds to wait for a
# quiet CPU before each timing section, 300), BENCH_SKIP_SETUP=1 (don't run scripts/setup.sh
# first).
# Ports used on 127.0.0.1: 8901-8911. If dist/ has no build, the bench measures its own
# (target/bench/dist-warm, from the copied tree).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
[ "${BENCH_SKIP_SETUP:-}" = 1 ] || "$root/scripts/setup.sh" test

export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

bench=target/bench
results=$bench/results
logs=$root/target/bench/logs
idle_wait=${BENCH_IDLE_WAIT:-300}
mkdir -p "$bench" "$logs"
rm -rf "$results"
mkdir -p "$results"

step() { printf '\n\033[1m[bench] %s\033[0m\n' "$*" >&2; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# Runs a build quietly (log in target/bench/logs/NAME.log); prints its wall time in ms.
timed() {
  local name=$1
  shift
  local start end
  start=$(now_ms)
  if ! "$@" >"$logs/$name.log" 2>&1; then
    echo "[bench] $name failed; last lines of $logs/$name.log:" >&2
    tail -n 30 "$logs/$name.log" >&2
    exit 1
  fi
  end=$(now_ms)
  echo $((end - start))
}

release_build() { # TARGET_DIR DIST_DIR
  CARGO_TARGET_DIR=$1 trunk build --release --locked --dist "$2"
}

busy_now() { node scripts/bench/idle.js "$1" 0 1 2>/dev/null; node -e "process.stdout.write(String(require('./$results/idle-$1.json').busy))"; }

echo "{\"started\": \"$(date -Iseconds)\"}" >"$results/run.json"

# --- which bundle we measure ----------------------------------------------------------------
# Copies $1 to target/bench/dist-measured, then checks that every file its index.html names is
# there (a concurrent trunk build could be half-way through replacing the files); retries if not.
measured=$bench/dist-measured
snapshot_dist() {
  local source_dist=$1 attempt missing ref
  step "snapshot of the measured bundle ($source_dist)"
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    rm -rf "$measured"
    mkdir -p "$measured"
    cp -rp "$source_dist"/* "$measured"/ 2>/dev/null || true
    missing=0
    for ref in $(grep -oE "[\"'(]/[A-Za-z0-9._-]+\.(js|wasm|css|svg)[\"')]" "$measured/index.html" | tr -d "\"'()" || true); do
      [ -f "$measured$ref" ] || missing=1
    done
    [ "$missing" = 0 ] && break
    [ "$attempt" = 10 ] && { echo "[bench] $source_dist looks incomplete (a build in progress?)" >&2; exit 1; }
    sleep 3
  done
  # A bundle older than the newest source file may not reflect the current code: say so.
  local newest_src dist_time stale=false
  newest_src=$(find src crates assets index.html Trunk.toml Cargo.toml Cargo.lock scripts/post-build.js -type f -printf '%T@ %p\n' 2>/dev/null | sort -n | tail -1)
  dist_time=$(stat -c %Y "$source_dist/index.html")
  if [ "${newest_src%%.*}" -gt "$dist_time" ]; then stale=true; fi
  node -e '
    const [dir, mtime, stale, newest, results, measured] = process.argv.slice(1);
    const fs = require("fs");
    fs.writeFileSync(results + "/dist.json", JSON.stringify({
      source: dir, builtAt: new Date(Number(mtime) * 1000).toISOString(), staleVsSources: stale === "true",
      newestSource: newest.split(" ")[1], files: fs.readdirSync(measured).sort() }, null, 2));
  ' "$source_dist" "$dist_time" "$stale" "$newest_src" "$results" "$measured"
  echo "  measuring $source_dist (built $(date -d @"$dist_time" -Iseconds))" >&2
  [ "$stale" = false ] || echo "  WARNING: $source_dist is older than ${newest_src#* }: rebuild it to measure the current code" >&2
}
source_dist=${BENCH_DIST:-$root/dist}
if [ -f "$source_dist/index.html" ]; then
  snapshot_dist "$source_dist"
elif [ -n "${BENCH_DIST:-}" ]; then
  echo "[bench] $BENCH_DIST has no index.html" >&2
  exit 1
else
  source_dist=  # no dist/: measure our own build, once it exists (below)
fi

# --- 4. release build times (first, so the browser timings below run without our builds) ----
# All builds run in a copy of the work tree (tracked and untracked-but-not-ignored files, mtimes
# kept) at target/bench/tree: the post-build hook (scripts/post-build.js) builds the native
# prerender binary in <tree>/target/prerender whatever CARGO_TARGET_DIR says, so building in a
# copy keeps every artifact of ours apart from the work tree's target/ and dist/; and the source
# stays fixed while someone edits the real tree.
# cold: fresh target dirs (the wasm one, CARGO_TARGET_DIR=target/bench/cargo-cold, and the
# prerender one); crates.io sources are already downloaded, as on any machine that has built
# once. The whole `trunk build --release`: cargo, wasm-bindgen, wasm-opt -Oz, post-build hook.
# after edit: `touch src/components/header.rs` (in the copy) with the same, up-to-date target dirs:
# cargo recompiles the app crate (fat LTO, codegen-units = 1) exactly as after a one-line edit,
# for the wasm and for the prerender binary, then Trunk reruns wasm-bindgen, wasm-opt and the hook.
tree=$root/$bench/tree
step "copy of the work tree for building ($tree)"
mkdir -p "$tree"
find "$tree" -mindepth 1 -maxdepth 1 ! -name target -exec rm -rf {} +
git ls-files -z -co --exclude-standard | while IFS= read -r -d '' f; do [ -f "$f" ] && printf '%s\0' "$f"; done |
  tar --null -T - -cf - | tar -xf - -C "$tree"
warm_target=$root/$bench/cargo-cold
if [ "${BENCH_SKIP_COLD:-}" = 1 ]; then
  step "cold release build: skipped (BENCH_SKIP_COLD=1)"
else
  step "cold release build (fresh target dirs; about 3 minutes on a quiet machine)"
  rm -rf "$warm_target" "$tree/target" "$bench/dist-cold"
  busy=$(busy_now build-cold)
  cold_ms=$(cd "$tree" && timed build-cold release_build "$warm_target" "$root/$bench/dist-cold")
  printf '{"ms": %s, "busyBefore": %s, "at": "%s"}\n' "$cold_ms" "$busy" "$(date -Iseconds)" >"$bench/cold-build.json"
  echo "  cold: $cold_ms ms" >&2
fi
step "release build after touching src/components/header.rs (warm target dirs)"
# Bring the warm target dirs up to date with the copied tree first (untimed), so the timed build
# recompiles only what the touch invalidates, not whatever else changed since their last build.
(cd "$tree" && timed build-prime release_build "$warm_target" "$root/$bench/dist-warm") >/dev/null
touch "$tree/src/components/header.rs"
busy=$(busy_now build-touch)
touch_ms=$(cd "$tree" && timed build-touch release_build "$warm_target" "$root/$bench/dist-warm")
printf '{"ms": %s, "busyBefore": %s, "at": "%s"}\n' "$touch_ms" "$busy" "$(date -Iseconds)" >"$results/build-touch.json"
[ -f "$bench/cold-build.json" ] && cp "$bench/cold-build.json" "$results/build-cold.json"
echo "  after touch: $touch_ms ms" >&2

# --- the 5,000-paper bundle for the filter benchmark --------------------------------------------
step "5,000-paper bundle (generate-bundle) and its release build"
(cd "$tree" && CARGO_TARGET_DIR=$root/$bench/cargo-tools cargo run -q --locked -p archive-core --bin generate-bundle -- 5000) >"$bench/papers-5000.json.tmp"
mv "$bench/papers-5000.json.tmp" "$bench/papers-5000.json"
big_ms=$(cd "$tree" && export PAPERS_BUNDLE=$root/$bench/papers-5000.json && timed build-5000 release_build "$root/$bench/cargo-5000" "$root/$bench/dist-5000")
echo "  built in $big_ms ms" >&2

[ -n "$source_dist" ] || snapshot_dist "$root/$bench/dist-warm"

# --- 1. sizes, and what a first visit downloads ----------------------------------------------------
step "sizes (scripts/sizes.sh) and a first visit's downloads, the service worker's precache included"
scripts/sizes.sh "$measured" | tee "$results/sizes.txt" >&2
scripts/sizes.sh "$bench/dist-5000" >"$results/sizes-5000.txt"
node scripts/bench/downloads.js "$measured" 8911

# --- 2. time to content ---------------------------------------------------------------------------
step "time to content: app vs static HTML (${BENCH_TTC_RUNS:-15} cold runs each)"
node scripts/bench/idle.js ttc "$idle_wait"
node scripts/bench/ttc.js "$measured" "${BENCH_TTC_RUNS:-15}" 8901 8902 46

# --- 3. filter and search latency ------------------------------------------------------------------
step "tag clicks: 46 papers (${BENCH_FILTER_RUNS:-3} loads x ${BENCH_CLICKS:-32} clicks), 5,000 papers (${BENCH_FILTER_RUNS:-3} x ${BENCH_CLICKS_5000:-16}); search keys"
node scripts/bench/idle.js filter "$idle_wait"
node scripts/bench/filter.js real "$measured" 46 8903 "${BENCH_CLICKS:-32}" 8 "${BENCH_FILTER_RUNS:-3}"
node scripts/bench/filter.js 5000 "$bench/dist-5000" 5000 8905 "${BENCH_CLICKS_5000:-16}" 4 "${BENCH_FILTER_RUNS:-3}"
node scripts/bench/keystroke.js real "$measured" 46 8907 "${BENCH_KEY_ROUNDS:-6}" "${BENCH_KEY_RUNS:-2}"
node scripts/bench/keystroke.js 5000 "$bench/dist-5000" 5000 8907 "${BENCH_KEY_ROUNDS:-6}" "${BENCH_KEY_RUNS:-2}"

# --- shared links --------------------------------------------------------------------------------
step "shared links: time to content against static HTML of the same view, desktop and emulated phone"
node scripts/bench/idle.js shared-link "$idle_wait"
for profile in desktop phone; do
  node scripts/bench/shared-link.js "rlhf-$profile" "$measured" '?tags=rlhf' "${BENCH_LINK_RUNS:-9}" "$profile" 8908 8909
  node scripts/bench/shared-link.js "search-$profile" "$measured" '?q=attention' "${BENCH_LINK_RUNS:-9}" "$profile" 8908 8909
done

# --- first working click -------------------------------------------------------------------------
step "first working click: / and a shared link, desktop and emulated phone; 5,000 papers: navigation to live"
node scripts/bench/idle.js first-click "$idle_wait"
for profile in desktop phone; do
  node scripts/bench/first-click.js "root-$profile" "$measured" "${BENCH_CLICK_RUNS:-9}" 8906 "$profile" '' 5 46
  node scripts/bench/first-click.js "rlhf-$profile" "$measured" "${BENCH_CLICK_RUNS:-9}" 8906 "$profile" '?tags=rlhf' 13 46 scaling-laws
done
moe_5000=$(node -e "const b=require('./$bench/papers-5000.json'); console.log(b.papers.filter((p) => p.tags.includes('moe')).length)")
node scripts/bench/first-click.js 5000-desktop "$bench/dist-5000" "${BENCH_CLICK_RUNS_5000:-5}" 8906 desktop '' "$moe_5000" 5000

# --- repeat visit --------------------------------------------------------------------------------
step "repeat visit: first visit vs a new browser on the same profile (service worker), desktop and phone"
node scripts/bench/idle.js repeat-visit "$idle_wait"
for profile in desktop phone; do
  node scripts/bench/repeat-visit.js "$profile" "$measured" "${BENCH_REPEAT_RUNS:-7}" 8910 "$profile"
done

# --- 5. Lighthouse --------------------------------------------------------------------------------
step "Lighthouse 12.2.3 (${BENCH_LH_RUNS:-3} runs per preset)"
node scripts/bench/idle.js lighthouse "$idle_wait"
node scripts/bench/lighthouse.js "$measured" 8904 "${BENCH_LH_RUNS:-3}" "${BENCH_LH_PRESETS:-mobile,desktop}"
node scripts/bench/lighthouse.js "$measured" 8904 "${BENCH_LH_RUNS:-3}" "${BENCH_LH_PRESETS:-mobile,desktop}" '?tags=rlhf' lighthouse-rlhf

# --- report ---------------------------------------------------------------------------------------
step "report"
node scripts/bench/report.js
