#!/usr/bin/env bash
# Interleaved one-edit rebuilds of two `briefing` binaries on the same generated corpus, for
# comparing a change with its base on a shared machine (the runs alternate, so both see the
# same load). Each binary builds its own copy of the site once, then ROUNDS times one article
# gets a sentence appended (the same article for both) and the site is rebuilt.
#
# Usage: Benchmarks/edit_ab.sh BIN_A BIN_B [ROUNDS=5] [COUNT=10000]
# Prints each rebuild's wall and CPU seconds and the medians per binary.
set -euo pipefail
cd "$(dirname "$0")/.."
A=$(realpath "$1"); B=$(realpath "$2"); ROUNDS=${3:-5}; COUNT=${4:-10000}
swift build -c release --product briefing-bench >/dev/null
ROOT=/dev/shm
[ -d "$ROOT" ] && [ -w "$ROOT" ] || ROOT=${TMPDIR:-/tmp}
WORK=$(mktemp -d "$ROOT/briefing-edit-ab.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
.build/release/briefing-bench corpus --count "$COUNT" --output "$WORK/corpus" >/dev/null
for x in a b; do mkdir -p "$WORK/$x" && cp -r "$WORK/corpus" "$WORK/$x/txt"; done
# run BIN SIDE → "wall cpu" of one build of SIDE's site
run() {
  /usr/bin/time -f "%e %U %S" -o "$WORK/time" "$1" build --input "$WORK/$2/txt" --output "$WORK/$2/out" --progress none >/dev/null 2>&1
  awk '{printf "%s %.2f\n", $1, $2 + $3}' "$WORK/time"
}
echo "full build: a $(run "$A" a), b $(run "$B" b)"
sleep 3  # Older than the input stamps' settling time: every unedited file is stamped.
for ((r = 0; r < ROUNDS; r++)); do
  article=$(ls "$WORK/corpus" | sort | sed -n "$((r * 37 % COUNT + 1))p")
  for x in a b; do
    printf '\nThe ministry said on Friday that the talks would resume within %d weeks.\n' $((r + 2)) >> "$WORK/$x/txt/$article"
    bin=$A; [ "$x" = b ] && bin=$B
    echo "$x $(run "$bin" "$x")" | tee -a "$WORK/results"
  done
done
median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)}'; }
for x in a b; do
  echo "$x: median wall $(awk -v x="$x" '$1 == x {print $2}' "$WORK/results" | median) s, CPU $(awk -v x="$x" '$1 == x {print $3}' "$WORK/results" | median) s"
done
