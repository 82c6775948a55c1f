#!/usr/bin/env bash
# Benchmarks the importer: how long `scripts/import.sh` takes for a 5,000-entry .bib (issue 25's
# goal: at most 2 s on our 2-core machine). Prints one line per run and the median.
#
#   scripts/bench/import.sh            # 5,000 entries, 5 runs
#   BENCH_IMPORT_ENTRIES=20000 BENCH_IMPORT_RUNS=3 scripts/bench/import.sh
#
# The file is synthetic (crates/import/src/bin/generate-bib.rs: Better BibTeX, Google Scholar,
# journal and DBLP-with-crossref entries in turn, accents, macros, abstracts), so every entry
# becomes a paper. Each run is the whole command as a user runs it, on the release build:
# read, parse, resolve, assemble, validate with archive-core, write atomically. The build
# itself is done first and not timed. Everything is written under target/bench/import/.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"
entries=${BENCH_IMPORT_ENTRIES:-5000}
runs=${BENCH_IMPORT_RUNS:-5}
dir=target/bench/import
mkdir -p "$dir"

cargo build --quiet --release --locked -p archive-import --bins
target/release/generate-bib "$entries" >"$dir/generated.bib"

times=()
for run in $(seq 1 "$runs"); do
  rm -f "$dir/bundle.json"
  start=$(date +%s%N)
  target/release/import "$dir/generated.bib" --out "$dir/bundle.json" >"$dir/report.txt"
  end=$(date +%s%N)
  ms=$(((end - start) / 1000000))
  papers=$(grep -o '([0-9]* papers' "$dir/report.txt" | tr -dc 0-9)
  [ "$papers" = "$entries" ] || { echo "run $run imported $papers papers, not $entries" >&2; exit 1; }
  echo "run $run: $entries entries imported in $ms ms"
  times+=("$ms")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
echo "import of $entries entries: median $median ms over $runs runs (goal: at most 2000 ms; load average $(cut -d' ' -f1 /proc/loadavg))"
