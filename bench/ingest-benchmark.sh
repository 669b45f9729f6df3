#!/usr/bin/env bash
# End-to-end ingest benchmark: generates a synthetic corpus (default 1,000,000 documents), splits it
# into files, and times `narrascope ingest` in local mode with a fixed heap, sampling the heap with
# jstat. Prints one line per run: documents, MB, seconds, MB/s, MB/s per core, peak heap.
#   bench/ingest-benchmark.sh [DOCS] [WORK_DIR]
# Environment: NARRASCOPE_HEAP (default 4g), CORES (default: all, as local[*]), FILES (default 16),
# EXTRA (extra flags for ingest, e.g. "--no-dedup").
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
docs="${1:-1000000}"
work="${2:-$home/target/bench}"
files="${FILES:-16}"
heap="${NARRASCOPE_HEAP:-4g}"
cores="${CORES:-$(nproc)}"
corpus="$work/corpus-$docs"
mkdir -p "$work"

if [ ! -f "$corpus/.complete" ]; then
  rm -rf "$corpus" && mkdir -p "$corpus/split"
  "$home/narrascope" generate --docs "$docs" --seed 1 --out "$corpus/generated" >&2
  split -n "l/$files" -d -a 3 --additional-suffix=.jsonl "$corpus/generated/documents.jsonl" "$corpus/split/part-"
  cp "$corpus/generated/sources.csv" "$corpus/sources.csv"
  rm "$corpus/generated/documents.jsonl"
  touch "$corpus/.complete"
fi
bytes=$(cat "$corpus"/split/*.jsonl | wc -c)
out="$work/out-$docs"
rm -rf "$out"

export NARRASCOPE_HEAP="$heap"
start=$(date +%s.%N)
"$home/narrascope" ingest --corpus "$corpus/split" --sources "$corpus/sources.csv" --out "$out" \
  --master "local[$cores]" --partitions "$cores" ${EXTRA:-} > "$work/ingest.log" 2>&1 &
launcher=$!
peak=0
while kill -0 "$launcher" 2>/dev/null; do
  pid=$(pgrep -f "org.narrascope.cli.Narrascope ingest --corpus $corpus/split" | head -n 1 || true)
  if [ -n "$pid" ]; then
    used=$(jstat -gc "$pid" 2>/dev/null | awk 'NR==2 {printf "%.0f", ($3+$4+$6+$8)/1024}' || true)
    [ -n "$used" ] && [ "$used" -gt "$peak" ] && peak=$used
  fi
  sleep 1
done
wait "$launcher" || { cat "$work/ingest.log" >&2; exit 1; }
end=$(date +%s.%N)
python3 - "$docs" "$bytes" "$start" "$end" "$cores" "$peak" "$heap" "${EXTRA:-}" <<'PY'
import sys
docs, size, start, end, cores, peak, heap, extra = sys.argv[1:9]
secs = float(end) - float(start)
mb = int(size) / 1e6
print(f"docs={int(docs):,} MB={mb:,.0f} seconds={secs:,.1f} MB/s={mb/secs:,.2f} "
      f"MB/s/core={mb/secs/int(cores):,.2f} docs/s={int(docs)/secs:,.0f} peak_heap_MB={peak} "
      f"heap={heap} cores={cores} flags='{extra}'")
PY
grep -E "^\[ingest\]" "$work/ingest.log" | tail -n 1 >&2
