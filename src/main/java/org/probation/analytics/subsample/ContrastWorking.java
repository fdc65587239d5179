package org.probation.analytics.subsample;

import java.util.Locale;
import org.probation.analytics.base.CountKind;
import org.probation.analytics.base.Format;
import org.probation.analytics.calculator.CalculatorService;
import org.probation.analytics.comparison.ComparisonRow;
import org.probation.analytics.comparison.NotTestedKind;
import org.probation.analytics.comparison.VerdictWording;
import org.probation.analytics.stats.TestUsed;

/**
 * The "show working" of a sub-sample contrast: each side, the difference, the test and its
 * small-sample guards in words, the verdict over every consistent reading, and the R snippet
 * (written by the calculator, the one writer of R snippets) that reproduces it.
 */
final class ContrastWorking {

    private static final double ALPHA = SubsampleService.ALPHA;
    private static final double LEVEL = 0.9;

    private final CalculatorService calculator;

    ContrastWorking(CalculatorService calculator) {
        this.calculator = calculator;
    }

    /** The row's test in words, with the small-sample guards said plainly. */
    static String verdict(ComparisonRow r) {
        if (r.test() != TestUsed.NONE) {
            return "pooled z"
                    + (r.uncertain() && r.fisherP() != null
                            ? String.format(
                                    Locale.UK, "; uncertain, expected count below 5 (Fisher p = %.3f)", r.fisherP())
                            : "");
        }
        String reason = r.notTestedReason() == null ? "" : r.notTestedReason();
        return r.notTested() == NotTestedKind.NOT_COMPARABLE
                ? reason
                : r.notTested() == NotTestedKind.TOO_FEW_CASES
                        ? "not tested: too few cases to test (" + reason + ")"
                        : "not tested: " + reason;
    }

    /** How the row's figures were reached, in words, with an R snippet when both counts are known. */
    SubsampleService.Working of(ComparisonRow r) {
        StringBuilder s = new StringBuilder();
        s.append(r.questionCode())
                .append(' ')
                .append(r.question())
                .append(" (")
                .append(r.level().replace('_', ' '))
                .append(")\n");
        s.append(side("A", r.labelA(), r.pctA(), r.xA(), r.nA(), r.countA(), r.ciLowA(), r.ciHighA()));
        s.append(side("B", r.labelB(), r.pctB(), r.xB(), r.nB(), r.countB(), r.ciLowB(), r.ciHighB()));
        if (r.diff() != null) {
            s.append(f(
                    "Difference %s = %+.1f percentage points%s",
                    r.direction(), r.diff(), r.xA() == null || r.xB() == null ? " (from the printed percents)" : ""));
            s.append(
                    r.ciLow() == null
                            ? ".\n"
                            : f(
                                    "; 90%% Newcombe hybrid score interval (method 10) %+.1f to %+.1f points.%n",
                                    r.ciLow(), r.ciHigh()));
        }
        boolean known = r.xA() != null && r.nA() != null && r.xB() != null && r.nB() != null;
        if (r.test() != TestUsed.NONE) {
            double pooled = (double) (r.xA() + r.xB()) / (r.nA() + r.nB());
            double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / r.nA() + 1.0 / r.nB()));
            s.append(f("Test: the inspectorate's pooled two-proportion z-test, two-sided, at α = %s.%n", trim(ALPHA)));
            s.append(f(
                    "Pooled p = (%d + %d) / (%d + %d) = %.4f; SE = sqrt(p(1 − p)(1/%d + 1/%d)) = %.4f.%n",
                    r.xA(), r.xB(), r.nA(), r.nB(), pooled, r.nA(), r.nB(), se));
            boolean below = r.p() < ALPHA;
            s.append(f(
                    "z = (" + (r.directionKind().bFirst() ? "pB − pA" : "pA − pB")
                            + ") / SE = %.4f; p = 2(1 − Φ(|z|)) = %.4g: %s at these counts (p %s α).%n",
                    r.z(),
                    r.p(),
                    below ? "significant" : "not significant",
                    below ? "<" : "≥"));
            if (r.q() != null) {
                s.append(f("Benjamini–Hochberg q = %.4g, over every tested question of this pair.%n", r.q()));
            }
            if (r.fisherP() != null) {
                s.append(f("Fisher's exact p = %.4g; Cohen's h = %.3f.%n", r.fisherP(), r.h()));
            }
        } else {
            s.append("Not flagged, because ")
                    .append(verdict(r).replace("not tested: ", "it was not tested: "))
                    .append(".\n");
        }
        s.append(VerdictWording.readings(r, ALPHA));
        if (r.approximate()) {
            s.append(
                    "Approximate: the counts are estimated (not stated in the report), so every figure is approximate.\n");
        }
        s.append("Method: ").append(r.method().replaceAll("\\.+$", "")).append(".\n");
        s.append(
                "Intervals: 90% Wilson score for each percent; Newcombe's hybrid score (method 10) for the difference.\n");
        String rSnippet;
        if (known) {
            // A first, as the page labels it (issue 14, item 5): the snippet's "A" and "B" are the page's
            rSnippet = "# A = " + r.labelA() + " (x[1]), B = " + r.labelB()
                    + " (x[2]), as on the page; R's x[1]/n[1] − x[2]/n[2] "
                    + "reads A − B, as the table does\n"
                    + calculator
                            .twoProportions(r.xA(), r.nA(), r.xB(), r.nB(), ALPHA, LEVEL)
                            .rSnippet();
        } else {
            rSnippet =
                    "# Nothing to reproduce: a count is unknown (the report states no denominator and none could be estimated).";
        }
        return new SubsampleService.Working(s.toString(), rSnippet);
    }

    private static String side(
            String side, String label, Double pct, Integer x, Integer n, CountKind kind, Double low, Double high) {
        String printed = pct == null ? "no percent" : "printed " + trim(pct) + "%";
        if (x == null || n == null) {
            return f("%s = %s: %s; count unknown.%n", side, label, printed);
        }
        return f(
                "%s = %s: %s; count %s%d/%d = %.1f%% (%s), 90%% Wilson interval %.1f%% to %.1f%%.%n",
                side,
                label,
                printed,
                kind == CountKind.ESTIMATED ? "≈" : "",
                x,
                n,
                100.0 * x / n,
                kind.code(),
                low,
                high);
    }

    private static String f(String format, Object... args) {
        return Format.f(format, args);
    }

    private static String trim(double value) {
        return Format.trim(value);
    }
}
