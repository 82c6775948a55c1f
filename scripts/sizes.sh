#!/usr/bin/env bash
# Prints the release bundle's file sizes in dist/, raw and gzip (-9), by kind.
set -euo pipefail
dist=${1:-"$(cd "$(dirname "$0")/.." && pwd)/dist"}
printf '%-6s %10s %10s\n' kind raw gzip
total_raw=0
total_gz=0
for kind in wasm js css html svg; do
  raw=0
  gz=0
  for file in "$dist"/*."$kind"; do
    [ -e "$file" ] || continue
    raw=$((raw + $(stat -c %s "$file")))
    gz=$((gz + $(gzip -9 -c "$file" | wc -c)))
  done
  [ "$raw" -gt 0 ] || continue
  printf '%-6s %10d %10d\n' "$kind" "$raw" "$gz"
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
done
printf '%-6s %10d %10d\n' total "$total_raw" "$total_gz"
