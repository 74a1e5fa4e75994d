#!/bin/sh
# cem import against DuckDB's CLI, DuckDB, polars and pandas (those installed: pip install duckdb-cli duckdb
# polars pandas) on the same generated file, computing the same figures (n, mean, sd, correlation with
# overall per score column): one run each, wall time and peak memory, the figures checked against cem's,
# the ratios printed.
# Not part of `swift test`.
#
#   bench/peers.sh [ROWS]        # default 1000000; the file goes to $BENCH_DATA (default /tmp/cem-bench)
set -eu
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}
DATA=${BENCH_DATA:-/tmp/cem-bench}
mkdir -p "$DATA" .build
swift build -c release >/dev/null
[ -x .build/generate-survey ] || swiftc -O bench/generate.swift -o .build/generate-survey
FILE="$DATA/survey-$ROWS.csv"
[ -s "$FILE" ] || .build/generate-survey "$ROWS" 42 > "$FILE"
cp workbooks/meisu.en.cem.json "$DATA/peers.cem.json"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%d)"
echo "$ROWS rows, $(stat -c %s "$FILE") bytes"

measure() { # label command...: prints "label wall-s peak-MB"
    label=$1; shift
    /usr/bin/time -f "%e %M" -o "$DATA/time.txt" "$@" > "$DATA/$label.out"
    read -r wall kb < "$DATA/time.txt"
    echo "$label $wall $(awk -v k="$kb" 'BEGIN { printf "%.0f", k / 1024 }')"
}

measure cem .build/release/cem import "$FILE" --into "$DATA/peers.cem.json" --format json --dry-run > "$DATA/results.txt"
CEM_S=$(cut -d' ' -f2 "$DATA/results.txt")
for tool in duckdb-cli duckdb polars pandas; do
    if [ "$tool" = duckdb-cli ]; then
        # DuckDB's own command-line program (pip install duckdb-cli), timed alone on the same query.
        command -v duckdb >/dev/null 2>&1 || { echo "duckdb-cli: not installed, skipped"; continue; }
        python3 bench/peers.py duckdb-sql "$FILE" > "$DATA/duckdb.sql"
        measure duckdb-cli duckdb -json -c ".read $DATA/duckdb.sql" >> "$DATA/results.txt"
        mv "$DATA/duckdb-cli.out" "$DATA/duckdb-cli.json"
        python3 bench/peers.py duckdb-cli "$FILE" "$DATA/duckdb-cli.json" > "$DATA/duckdb-cli.out"
    else
        python3 -c "import $tool" 2>/dev/null || { echo "$tool: not installed, skipped"; continue; }
        measure "$tool" python3 bench/peers.py "$tool" "$FILE" >> "$DATA/results.txt"
    fi
    # The same figures as cem's, to 1e-9 relative.
    python3 - "$DATA/cem.out" "$DATA/$tool.out" "$tool" <<'PY'
import json, sys
cem, peer, tool = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), sys.argv[3]
corr = {k["factor"]: k["correlation"] for k in (cem.get("keyDrivers") or {}).get("factors", [])}
worst = 0.0
for s in cem["statistics"]:
    if s["factor"] is None or s["measure"] + "." + s["factor"] not in peer: continue
    n, m, sd, r = peer[s["measure"] + "." + s["factor"]]
    pairs = [(s["n"], n), (s["mean"], m), (s["sd"], sd)]
    if s["measure"] == "experience" and s["factor"] in corr: pairs.append((corr[s["factor"]], r))
    for a, b in pairs: worst = max(worst, abs(a - b) / max(abs(a), abs(b), 1e-300))
print(f"  {tool}: figures agree with cem's to {worst:.1e} relative (cem rounds to 9 decimals)")
PY
done
awk -v c="$CEM_S" '{ printf "  %-10s %6.3f s  %4d MB  %s\n", $1, $2, $3, ($1 == "cem" ? "" : sprintf("%.1f× cem", $2 / c)) }' "$DATA/results.txt"
