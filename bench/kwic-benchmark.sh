#!/usr/bin/env bash
# kwic benchmark: generates a synthetic corpus (default 100,000 documents), ingests and indexes it
# once (--no-dedup, to keep it quick), then times several `narrascope kwic` queries a few times
# each. Prints one line per run: the query, the wall-clock seconds of the whole command (JVM start
# included), the seconds kwic reports in its footer (lexicon, shards, matching, sorting, printing),
# and the footer itself.
#   bench/kwic-benchmark.sh [DOCS] [WORK_DIR]
# Every query runs with the JVM's default tiered compilation and again with C1 only
# (-XX:TieredStopAtLevel=1): a run of a few seconds ends before C2's optimised code pays back, and
# on a busy 2-core machine C2's compiler threads take cores from the work.
# Environment: REPEAT (runs per query, default 3), CORES (Spark cores for ingest and index,
# default: all), PARTITIONS (index shards, default 4), NARRASCOPE_HEAP (default 4g), JAVA_OPTS
# (added to both).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
docs="${1:-100000}"
work="${2:-$home/target/bench}"
repeat="${REPEAT:-3}"
cores="${CORES:-$(nproc)}"
partitions="${PARTITIONS:-4}"
corpus="$work/kwic-corpus-$docs"
out="$work/kwic-out-$docs"
mkdir -p "$work"

if [ ! -f "$corpus/.complete" ]; then
  rm -rf "$corpus"
  "$home/narrascope" generate --docs "$docs" --seed 1 --out "$corpus" >&2
  touch "$corpus/.complete"
fi
if [ ! -f "$out/index/index.json" ] || [ "$corpus/.complete" -nt "$out/index/index.json" ]; then
  rm -rf "$out"
  start=$(date +%s.%N)
  "$home/narrascope" ingest --corpus "$corpus/documents.jsonl" --sources "$corpus/sources.csv" \
    --out "$out" --no-dedup --master "local[$cores]" --partitions "$partitions" >&2
  "$home/narrascope" index --sources "$corpus/sources.csv" --out "$out" \
    --master "local[$cores]" --partitions "$partitions" >&2
  end=$(date +%s.%N)
  python3 -c "import sys; print(f'ingest+index: {float(sys.argv[2])-float(sys.argv[1]):.1f} s')" \
    "$start" "$end" >&2
fi

queries=(
  "frequent|--frame terrorist_gangs"
  "rare+source|--frame maidan_technologies --source azat_unu"
  "sort right|--frame coup_attempt --sort right"
  "all lines, tsv|--frame terrorist_gangs --limit 0 --format tsv"
)
# The launcher rebuilds the jar when a source is newer than it: do that before any clock starts.
"$home/narrascope" --version > /dev/null
jvms=(
  "default|"
  "C1 only|-XX:TieredStopAtLevel=1"
)
echo "load average before: $(cut -d ' ' -f 1-3 /proc/loadavg)"
for q in "${queries[@]}"; do
  name="${q%%|*}"
  args="${q#*|}"
  for jvm in "${jvms[@]}"; do
    jvm_name="${jvm%%|*}"
    jvm_flags="${jvm#*|}"
    for run in $(seq 1 "$repeat"); do
      start=$(date +%s.%N)
      # shellcheck disable=SC2086
      JAVA_OPTS="${JAVA_OPTS:-} $jvm_flags" "$home/narrascope" kwic $args --out "$out" \
        > "$work/kwic.stdout" 2> "$work/kwic.stderr"
      end=$(date +%s.%N)
      footer=$( (grep -h " matches in " "$work/kwic.stdout" "$work/kwic.stderr" || true) | tail -n 1)
      python3 - "$name" "$jvm_name" "$args" "$run" "$start" "$end" "$footer" <<'PY'
import re, sys
name, jvm, args, run, start, end, footer = sys.argv[1:8]
inside = re.search(r"([0-9.]+) s$", footer)
print(f"{name:15} {jvm:8} run {run}  wall {float(end) - float(start):5.2f} s"
      f"  kwic {inside.group(1) if inside else '?':>5} s  [{args}]  {footer}")
PY
    done
  done
done
echo "load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
