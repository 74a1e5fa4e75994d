# The benchmark's peers: the same figures as `cem import` (n, mean, sd, correlation with overall per score
# column) computed by DuckDB, polars or pandas over the same file; prints them as JSON.
#
#   python3 bench/peers.py duckdb|polars|pandas FILE
#   python3 bench/peers.py duckdb-sql FILE               # the DuckDB query alone, for DuckDB's CLI
#   python3 bench/peers.py duckdb-cli FILE CLI-JSON      # the CLI's `-json` output as the figures
import json
import sys

tool, path = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    header = f.readline().strip().split(",")
scores = [c for c in header if c.split(".")[0] in ("experience", "expectation", "importance")]
figures = {}
parts = []
for c in scores:
    q = '"' + c.replace('"', '""') + '"'
    parts += [f"count({q})", f"avg({q})", f"stddev_samp({q})", f"corr({q}, overall)"]
query = f"select {', '.join(parts)} from read_csv_auto('{path}')"
if tool == "duckdb-sql":
    print(query + ";")
    sys.exit(0)
if tool == "duckdb":
    import duckdb
    row = duckdb.sql(query).fetchall()[0]
    for i, c in enumerate(scores):
        figures[c] = list(row[4 * i:4 * i + 4])
elif tool == "duckdb-cli":
    row = list(json.load(open(sys.argv[3]))[0].values())
    for i, c in enumerate(scores):
        figures[c] = row[4 * i:4 * i + 4]
elif tool == "polars":
    import polars as pl
    df = pl.read_csv(path, columns=scores + ["overall"])
    exprs = []
    for c in scores:
        exprs += [pl.col(c).count().alias(c + "#n"), pl.col(c).mean().alias(c + "#m"), pl.col(c).std().alias(c + "#s"),
                  pl.corr(c, "overall").alias(c + "#r")]
    row = df.select(exprs).row(0)
    for i, c in enumerate(scores):
        figures[c] = list(row[4 * i:4 * i + 4])
elif tool == "pandas":
    import pandas as pd
    df = pd.read_csv(path, usecols=scores + ["overall"])
    for c in scores:
        figures[c] = [int(df[c].count()), float(df[c].mean()), float(df[c].std()), float(df[c].corr(df["overall"]))]
else:
    sys.exit("tool: duckdb, duckdb-sql, duckdb-cli, polars or pandas")
print(json.dumps({c: [float(v) for v in vs] for c, vs in figures.items()}))
