"""The benchmark's comparisons in statsmodels: pooled two-proportion z-test (two-sided), 90% Wilson
intervals, Newcombe's interval for B - A and Benjamini-Hochberg q within each comparison.

Usage: python3 statsmodels_bench.py input.csv output.csv
Input columns: kind,comparison,item_code,xa,na,xb,nb. Prints compute_ms=<ms of the loop>.
"""
import csv
import sys
import time
from collections import defaultdict

from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import (confint_proportions_2indep, proportion_confint,
                                          proportions_ztest)


def main(source, target):
    with open(source, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    start = time.perf_counter()
    out = []
    groups = defaultdict(list)
    for r in rows:
        xa, na, xb, nb = int(r["xa"]), int(r["na"]), int(r["xb"]), int(r["nb"])
        # B - A, as the app reads every comparison
        z, p = proportions_ztest([xb, xa], [nb, na], alternative="two-sided", prop_var=False)
        la, ua = proportion_confint(xa, na, alpha=0.1, method="wilson")
        lb, ub = proportion_confint(xb, nb, alpha=0.1, method="wilson")
        low, high = confint_proportions_2indep(xb, nb, xa, na, method="newcomb", compare="diff", alpha=0.1)
        groups[(r["kind"], r["comparison"])].append(len(out))
        out.append([r["kind"], r["comparison"], r["item_code"], z, p, la, ua, lb, ub, low, high, None])
    for indexes in groups.values():
        q = multipletests([out[i][4] for i in indexes], method="fdr_bh")[1]
        for i, value in zip(indexes, q):
            out[i][11] = value
    elapsed = (time.perf_counter() - start) * 1000
    with open(target, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["kind", "comparison", "item_code", "z", "p", "wilson_a_low", "wilson_a_high",
                    "wilson_b_low", "wilson_b_high", "newcombe_low", "newcombe_high", "q"])
        w.writerows(out)
    print(f"tests={len(out)}")
    print(f"compute_ms={elapsed:.1f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
