package org.probation.analytics.comparison;

import org.probation.analytics.base.CountKind;
import org.probation.analytics.calculator.Calculation;
import org.probation.analytics.calculator.CalculatorService;

/**
 * The one writer of a comparison row's "show working" and of the R code that reproduces it, for
 * every view that compares (Compare, changes, sub-samples): each side with its count and interval,
 * the difference read as the row's direction, the test, z, p and q, the inspectorate's flag and
 * what the view calls significant, the verdict over every consistent reading, and the calculator's
 * step-by-step working (the calculator also writes the R snippet).
 */
public final class RowWorking {

    /** The working text and the R code. */
    public record Text(String working, String rCode) {}

    private RowWorking() {}

    /** The calculator's working for a row whose two counts are known (its A and B as the row's), else null. */
    public static Calculation calculate(CalculatorService calculator, ComparisonRow r, double alpha) {
        if (r.xA() == null || r.nA() == null || r.xB() == null || r.nB() == null || r.nA() == 0 || r.nB() == 0) {
            return null;
        }
        try {
            return calculator.twoProportions(r.xA(), r.nA(), r.xB(), r.nB(), alpha, 0.9);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * @param shown       whether the view calls the row significant, and by which rule
     * @param calculation the calculator's working for the row's two counts, null when a side has none
     */
    public static Text of(ComparisonRow r, double alpha, String shown, Calculation calculation) {
        return new Text(working(r, alpha, shown, calculation), rCode(r, calculation));
    }

    private static String working(ComparisonRow r, double alpha, String shown, Calculation calculation) {
        StringBuilder s = new StringBuilder();
        s.append(r.questionCode()).append("  ").append(r.question()).append('\n');
        s.append(side(
                "A", r.labelA(), Figures.countA(r), r.pctA(), r.countA(), r.providersA(), r.ciLowA(), r.ciHighA()));
        s.append(side(
                "B", r.labelB(), Figures.countB(r), r.pctB(), r.countB(), r.providersB(), r.ciLowB(), r.ciHighB()));
        boolean counted = r.xA() != null && r.nA() != null && r.xB() != null && r.nB() != null;
        s.append("Difference ")
                .append(r.directionKind().withSides())
                .append(": ")
                .append(Figures.points(r.diff()))
                .append(" percentage points")
                .append(counted || r.diff() == null ? "" : " (from the printed percents)")
                .append("; ")
                .append(
                        r.countB() == CountKind.PRINTED
                                ? "90% interval (A's Wilson interval minus the printed figure) "
                                : "90% Newcombe hybrid score interval ")
                .append(Figures.interval(r.ciLow(), r.ciHigh()))
                .append('\n');
        s.append("Test: ").append(r.test()).append(" — ").append(r.method()).append('\n');
        if (r.p() == null) {
            s.append("Not tested: ").append(r.notTestedReason()).append('\n');
        } else {
            s.append("Statistic z = ")
                    .append(Figures.number(r.z(), "%.4f"))
                    .append(", read ")
                    .append(r.directionKind().withSides())
                    .append("; two-sided p = ")
                    .append(Figures.p(r.p()))
                    .append("; Benjamini–Hochberg q = ")
                    .append(Figures.p(r.q()))
                    .append("; Holm-adjusted p = ")
                    .append(Figures.p(r.holmP()))
                    .append(" (over the tested questions of this comparison)\n");
            s.append("α = ")
                    .append(Figures.alpha(alpha))
                    .append(": the inspectorate's flag (p < α) at these counts says ")
                    .append(r.p() < alpha ? "significant" : "not significant")
                    .append("; shown: ")
                    .append(shown)
                    .append('\n');
            s.append("Cohen's h = ")
                    .append(Figures.number(r.h(), "%.3f"))
                    .append(r.fisherP() == null ? "" : "; Fisher's exact p = " + Figures.p(r.fisherP()))
                    .append('\n');
        }
        s.append(VerdictWording.readings(r, alpha));
        if (r.approximate()) {
            s.append(
                    "Approximate: the counts are estimated (reconstructed from rounded printed percents, not stated in "
                            + "the source), so every figure is approximate.\n");
        }
        if (calculation != null) {
            s.append("\nStep by step (the calculator, with A and B as above; it reads A − B"
                            + (r.directionKind().bFirst()
                                    ? ", so its difference, interval and z have the opposite sign to the table's B − A"
                                    : ", as the table does")
                            + "):\n")
                    .append(calculation.working());
        }
        return s.toString();
    }

    private static String side(
            String name,
            String label,
            String count,
            Double pct,
            CountKind kind,
            int providers,
            Double low,
            Double high) {
        return name + " = " + ("all".equals(label) ? "the inspection, all cases" : label) + ": " + count + " = "
                + Figures.pct(pct) + " (" + kind.code() + " count"
                + (providers > 1 ? ", pooled over " + providers + " providers" : "") + ")"
                + (low == null ? "" : "; 90% Wilson interval " + Figures.pct(low) + " to " + Figures.pct(high)) + '\n';
    }

    private static String rCode(ComparisonRow r, Calculation calculation) {
        if (calculation != null) {
            // A first, as the page labels it (issue 14, item 5): the snippet's "A" and "B" are the page's
            return "# R: reproduces A and B of this row\n# A = " + r.labelA() + " (x[1]), B = " + r.labelB()
                    + " (x[2]), as on the page; R's x[1]/n[1] − x[2]/n[2] reads A − B\n" + calculation.rSnippet();
        }
        if (r.countB() == CountKind.PRINTED && r.xA() != null && r.p() != null) {
            return Figures.f("""
                    # R: one-sample score test of A's count against the printed figure B
                    t <- prop.test(%d, %d, p = %s, conf.level = 0.9, correct = FALSE)
                    t$p.value; t$conf.int   # the score test's p and A's 90%% Wilson interval
                    """, r.xA(), r.nA(), Figures.number(r.pctB() / 100, "%.4f"));
        }
        return "# Nothing to reproduce in R: "
                + (r.notTestedReason() == null ? "no counts on one side" : r.notTestedReason());
    }
}
