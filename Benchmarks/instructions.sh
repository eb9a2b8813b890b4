#!/usr/bin/env bash
# Instructions per run of one `briefing-bench micro` stage, under callgrind: repeatable to about
# 0.1 % where wall times and perf samples on a shared machine drift by 10-15 % within minutes.
# The stage runs over 200 generated articles with --repeat 1 and with --repeat 3; half the
# difference per function is one run's count, without what runs once per process (the warm-up
# run, tables built at first use such as the currency signs of every locale).
#
# Usage: Benchmarks/instructions.sh STAGE [BENCH_BINARY] [SUBSTRING ...]
#   STAGE: a micro stage (ingest, extract, brief, digest, page, site, stories, repeats, render, cache).
#   BENCH_BINARY: a briefing-bench to measure (default: this checkout's release build).
# Prints the per-run inclusive count of the functions whose demangled name holds a SUBSTRING
# (the stage's own function when none is given); the whole list goes to
# $TMPDIR/briefing-instructions-STAGE.txt. Installs valgrind with apt when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
STAGE=${1:?usage: Benchmarks/instructions.sh STAGE [BENCH_BINARY] [SUBSTRING ...]}; shift
if [ $# -gt 0 ] && [ -x "$1" ]; then BIN=$(realpath "$1"); shift; else
  swift build -c release --product briefing-bench >/dev/null
  BIN=$PWD/.build/release/briefing-bench
fi
[ $# -gt 0 ] || set -- "MicroStage.measure"
command -v valgrind >/dev/null || { sudo -n true 2>/dev/null && SUDO=sudo || SUDO=; $SUDO apt-get install -y valgrind >/dev/null; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/briefing-instructions.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# valgrind cannot read the debug information of a Swift release build: it counts a copy without.
objcopy --strip-debug "$BIN" "$WORK/bench"
for r in 1 3; do
  SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file="$WORK/cg$r.out" "$WORK/bench" micro --count 200 --repeat $r --stage "$STAGE" >/dev/null 2>"$WORK/vg$r.log" \
    || { tail -5 "$WORK/vg$r.log"; exit 1; }
  callgrind_annotate --inclusive=yes --threshold=100 "$WORK/cg$r.out" 2>/dev/null | swift demangle --simplified > "$WORK/a$r.txt"
done
OUT=${TMPDIR:-/tmp}/briefing-instructions-$STAGE.txt
python3 - "$WORK/a1.txt" "$WORK/a3.txt" "$OUT" "$@" <<'PY'
import re, sys
def load(path):
    counts = {}
    for line in open(path, errors="replace"):
        m = re.match(r"\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(.*)", line)
        if m:
            name = re.sub(r" \[[^\]]*\]$", "", re.sub(r"^\?\?\?:", "", m.group(2).strip()))
            counts[name] = counts.get(name, 0) + int(m.group(1).replace(",", ""))
    return counts
one, three = load(sys.argv[1]), load(sys.argv[2])
per_run = {name: (three.get(name, 0) - one.get(name, 0)) / 2 for name in set(one) | set(three)}
with open(sys.argv[3], "w") as f:
    for name, count in sorted(per_run.items(), key=lambda item: -item[1]):
        f.write(f"{count:16,.0f}  {name}\n")
for sub in sys.argv[4:]:
    for count, name in sorted(((c, n) for n, c in per_run.items() if sub in n), reverse=True)[:3]:
        print(f"{count / 1e6:10.2f}M  {name[:150]}")
PY
