#!/usr/bin/env bash
# Regenerates the profile that release builds are optimized with (profile-guided optimization,
# Package.swift): builds `briefing` and `briefing-bench` instrumented (LLVM IR counters) in a
# scratch folder of their own, runs them over a training workload, and merges the counts into
# Benchmarks/pgo/briefing.profdata (sparse: functions never run are left out, not marked cold).
# The instrumented build also names the old profile (Package.swift); instrumenting takes
# precedence, so the counts are those of code built as without one.
#
# Usage: Benchmarks/pgo.sh        (make profile; about four minutes the first time, half a minute
#                                 when the instrumented build of .build/pgo is current)
#
# The training workload uses generated articles only (`briefing-bench corpus`), never the
# evaluation data: every micro stage; a clean build of 4,000 articles as text, eight rebuilds
# after one edit each and a no-op rebuild; the same articles as Markdown; the seeds; and, as
# saved web pages, 300 brief pages of the first build. A profile only guides the optimizer
# (which branches, calls and blocks are hot): output is the same with or without it. Code
# changed since the profile was made is optimized as without one; rerun this after a round of
# changes to hot code.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/Benchmarks/pgo/briefing.profdata
SCRATCH=$ROOT/.build/pgo
RUNTIME=$(dirname "$(dirname "$(realpath "$(command -v swiftc)")")")/lib/clang
RUNTIME=$(find "$RUNTIME" -name 'libclang_rt.profile-*.a' | head -1)
PROFDATA=$(dirname "$(realpath "$(command -v swiftc)")")/llvm-profdata
[ -f "$RUNTIME" ] && [ -x "$PROFDATA" ] || { echo "error: the toolchain's profile runtime or llvm-profdata is missing" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/briefing-pgo.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# The counts' file is named at run time (LLVM_PROFILE_FILE below); the flag names a fixed one,
# so that the instrumented objects of unchanged code are kept from the last run.
for product in briefing briefing-bench; do
  swift build -c release --product "$product" --scratch-path "$SCRATCH" \
    -Xswiftc -Xfrontend -Xswiftc -ir-profile-generate="$SCRATCH/default.profraw" \
    -Xlinker -u__llvm_profile_runtime -Xlinker "$RUNTIME" >/dev/null
done
BIN=$SCRATCH/release
export LLVM_PROFILE_FILE=$WORK/counts/%p.profraw
build() { "$BIN/briefing" build --input "$1" --output "$2" --templates Templates --progress none >/dev/null 2>&1; }

for stage in ingest extract brief digest page site stories repeats render cache; do
  "$BIN/briefing-bench" micro --count 200 --repeat 2 --stage "$stage" >/dev/null
done
"$BIN/briefing-bench" corpus --count 4000 --output "$WORK/txt" --markdown "$WORK/md" >/dev/null
build "$WORK/txt" "$WORK/site/out"
# Rebuilds after one edit each, so that the one-edit path (site-wide work over the digests) is
# in the profile beside the clean build.
texts=("$WORK"/txt/*.txt)
for k in 0 1 2 3 4 5 6 7; do
  printf '\n"We will look at it again next week," said Dana Reyes, a spokeswoman for the city.\n' >> "${texts[$((k * 400))]}"
  build "$WORK/txt" "$WORK/site/out"
done
build "$WORK/txt" "$WORK/site/out"
build "$WORK/md" "$WORK/md-site/out"
build seeds "$WORK/seeds-site/out"
pages=("$WORK"/site/out/briefs/*.html)
mkdir -p "$WORK/pages" && cp "${pages[@]:0:300}" "$WORK/pages/"
build "$WORK/pages" "$WORK/pages-site/out"

mkdir -p "$(dirname "$OUT")"
"$PROFDATA" merge --sparse -o "$OUT" "$WORK"/counts/*.profraw
# SwiftPM does not see a new profile (the flags naming it are the same): the release objects
# of the modules it optimizes are removed, so that the next release build makes them with it.
for module in BriefingCore BriefingServer BriefingEvaluation briefing briefing_bench; do
  rm -rf "$ROOT/.build/release/$module.build"
done
echo "wrote $OUT ($(du -k "$OUT" | cut -f1) KiB from $(ls "$WORK"/counts | wc -l) runs); the next release build recompiles Briefing's modules with it"
