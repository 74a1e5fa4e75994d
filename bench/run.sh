#!/bin/sh
# Benchmark of `cem import`: builds release, generates a seeded synthetic survey (1,000,000 respondents ×
# 6 factors × 3 measures + overall + a segment column, about 54 MB), times the import and the same
# aggregation in plain awk on the same file, RUNS times each, and prints the medians, the ratio and the
# peak memory (maximum resident set size from /usr/bin/time -v). Then the same for a file ten times larger
# (once; set BIG=0 to skip it). Generated files go to $BENCH_DATA (default /tmp/cem-bench), never the repo.
#
#   bench/run.sh [ROWS] [RUNS]        # defaults: 1000000 3
set -eu
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}
RUNS=${2:-3}
BIG=${BIG:-1}
DATA=${BENCH_DATA:-/tmp/cem-bench}
mkdir -p "$DATA" .build

swift build -c release >/dev/null
swiftc -O bench/generate.swift -o .build/generate-survey
CEM=.build/release/cem

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"

generate() { # rows file
    [ -s "$2" ] || .build/generate-survey "$1" 42 > "$2"
}

# Runs a command under /usr/bin/time -v; prints "wall-seconds peak-kilobytes cpu-seconds".
measure() {
    /usr/bin/time -v "$@" >/dev/null 2>"$DATA/time.txt" || { cat "$DATA/time.txt" >&2; exit 1; }
    wall=$(grep 'Elapsed (wall clock)' "$DATA/time.txt" | sed 's/.*): //' | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    rss=$(grep 'Maximum resident set size' "$DATA/time.txt" | awk '{ print $NF }')
    cpu=$(grep -E '(User|System) time' "$DATA/time.txt" | awk '{ s += $NF } END { print s }')
    echo "$wall $rss $cpu"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

run() { # rows runs
    file="$DATA/survey-$1.csv"
    generate "$1" "$file"
    cp workbooks/meisu.en.cem.json "$DATA/bench.cem.json"
    size=$(stat -c %s "$file")
    : > "$DATA/cem.txt"; : > "$DATA/awk.txt"
    i=0
    while [ $i -lt "$2" ]; do
        measure $CEM import "$file" --into "$DATA/bench.cem.json" >> "$DATA/cem.txt"
        measure awk -F, -f bench/aggregate.awk "$file" >> "$DATA/awk.txt"
        i=$((i + 1))
    done
    cem_s=$(cut -d' ' -f1 "$DATA/cem.txt" | median)
    cem_kb=$(cut -d' ' -f2 "$DATA/cem.txt" | sort -n | tail -1)
    awk_s=$(cut -d' ' -f1 "$DATA/awk.txt" | median)
    cem_cpu=$(cut -d' ' -f3 "$DATA/cem.txt" | median)
    awk_cpu=$(cut -d' ' -f3 "$DATA/awk.txt" | median)
    echo "$1 rows, $(awk -v b="$size" 'BEGIN { printf "%.1f MB", b / 1e6 }'), $2 run(s):"
    echo "  cem import  median $cem_s s  (runs: $(cut -d' ' -f1 "$DATA/cem.txt" | tr '\n' ' '))  cpu $cem_cpu s  peak memory $(awk -v k="$cem_kb" 'BEGIN { printf "%.1f MB", k / 1024 }')"
    echo "  awk         median $awk_s s  (runs: $(cut -d' ' -f1 "$DATA/awk.txt" | tr '\n' ' '))  cpu $awk_cpu s"
    echo "  cem is $(awk -v a="$awk_s" -v c="$cem_s" 'BEGIN { printf "%.1f", a / c }')× faster than awk"
}

run "$ROWS" "$RUNS"
if [ "$BIG" = 1 ]; then
    run $((ROWS * 10)) 1
    [ "${KEEP:-0}" = 1 ] || rm -f "$DATA/survey-$((ROWS * 10)).csv"
fi
