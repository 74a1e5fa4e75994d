# The same aggregation as `cem import`, in plain awk, for the benchmark's comparison: for every numeric
# column, n, mean and sample standard deviation over the non-blank cells (no quoting, no checks).
#   awk -F, -f bench/aggregate.awk survey.csv
NR == 1 { for (i = 1; i <= NF; i++) name[i] = $i; next }
{
    for (i = 3; i <= NF; i++) {
        if ($i == "") continue
        x = $i + 0
        n[i]++; s[i] += x; q[i] += x * x
    }
}
END {
    for (i = 3; i in name; i++) {
        if (n[i] == 0) continue
        m = s[i] / n[i]
        v = n[i] > 1 ? (q[i] - s[i] * s[i] / n[i]) / (n[i] - 1) : 0
        printf "%s n=%d mean=%.6f sd=%.6f\n", name[i], n[i], m, sqrt(v < 0 ? 0 : v)
    }
}
