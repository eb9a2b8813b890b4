#!/usr/bin/env bash
# Paired benchmark: Briefing full build vs Hugo on the same texts vs the cmark CLI as a floor.
# Usage: Benchmarks/bench.sh [SIZES…]   (default: 1000 10000; REPEAT=3)
# Prints medians of wall time and peak RSS per tool and size, the ratios, and pages/s.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("${@:-1000 10000}")
read -r -a SIZES <<< "${SIZES[*]}"
REPEAT=${REPEAT:-3}
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

for tool in hugo cmark; do
  command -v "$tool" >/dev/null || { $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool"; }
done
swift build -c release --product briefing >/dev/null
swift build -c release --product briefing-bench >/dev/null
BIN=$PWD/.build/release/briefing
GEN=$PWD/.build/release/briefing-bench
ROOT=/dev/shm
[ -d "$ROOT" ] && [ -w "$ROOT" ] || ROOT=${TMPDIR:-/tmp}
WORK=$(mktemp -d "$ROOT/briefing-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# time_it NAME CMD… → appends "seconds kib" to $WORK/NAME.times
time_it() {
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$WORK/last.time" "$@" >/dev/null 2>"$WORK/last.err" || { cat "$WORK/last.err"; exit 1; }
  cat "$WORK/last.time" >> "$WORK/$name.times"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -m), $(hugo version | cut -d' ' -f1-2), cmark $(cmark --version | head -1 | awk '{print $2}')"
printf '%-7s %-10s %9s %10s %9s\n' size tool median_s peak_MiB pages/s
for n in "${SIZES[@]}"; do
  dir=$WORK/$n
  "$GEN" corpus --count "$n" --output "$dir/txt" --hugo "$dir/hugo" --markdown "$dir/md" >/dev/null
  mkdir -p "$dir/hugo/layouts/_default"
  cat > "$dir/hugo/hugo.toml" <<TOML
baseURL = "https://example.org/"
title = "Bench"
disableKinds = ["taxonomy", "term"]
TOML
  echo '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><main>{{ block "main" . }}{{ end }}</main></body></html>' > "$dir/hugo/layouts/_default/baseof.html"
  echo '{{ define "main" }}<article><h1>{{ .Title }}</h1><time>{{ .Date.Format "2006-01-02" }}</time>{{ .Content }}</article>{{ end }}' > "$dir/hugo/layouts/_default/single.html"
  echo '{{ define "main" }}<ol>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary }}</li>{{ end }}</ol>{{ end }}' > "$dir/hugo/layouts/_default/list.html"
  cp "$dir/hugo/layouts/_default/list.html" "$dir/hugo/layouts/index.html"
  for ((r = 0; r < REPEAT; r++)); do
    rm -rf "$dir/out-b" "$dir/out-h"
    time_it "b$n" "$BIN" build --input "$dir/txt" --output "$dir/out-b"
    time_it "h$n" hugo --source "$dir/hugo" --destination "$dir/out-h" --quiet
    time_it "c$n" sh -c "cmark \"$dir\"/md/*.md"
  done
  time_it "noop$n" "$BIN" build --input "$dir/txt" --output "$dir/out-b"
  for t in b h c; do
    s=$(awk '{print $1}' "$WORK/$t$n.times" | median); m=$(awk '{print $2}' "$WORK/$t$n.times" | median)
    name=$([ $t = b ] && echo briefing || ([ $t = h ] && echo hugo || echo cmark))
    printf '%-7s %-10s %9.2f %10.1f %9.0f\n' "$n" "$name" "$s" "$(echo "$m/1024" | bc -l)" "$(echo "$n/($s+0.0001)" | bc -l)"
    eval "S_$t=$s"
  done
  noop=$(awk '{print $1}' "$WORK/noop$n.times" | median)
  printf '%-7s briefing/hugo %.2fx   briefing/cmark %.2fx   no-op rebuild %.1f%% of full build\n' "$n" \
    "$(echo "$S_b/$S_h" | bc -l)" "$(echo "$S_b/($S_c+0.0001)" | bc -l)" "$(echo "100*$noop/$S_b" | bc -l)"
done
