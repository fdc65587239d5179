package org.probation.analytics.comparison.ui;

import java.util.function.UnaryOperator;
import org.probation.analytics.comparison.Adjustment;
import org.probation.analytics.comparison.ComparisonRow;
import org.probation.analytics.comparison.ComparisonSummary;
import org.probation.analytics.comparison.Figures;

/** The Compare view's summary paragraph: the service's counts ({@link ComparisonSummary}) in words. */
final class CompareSummary {

    private CompareSummary() {}

    /**
     * One paragraph on what is compared and how many of the questions shown are tested and
     * significant; {@code first} is the comparison's first row, {@code name} turns an inspection
     * or region id into its display name.
     */
    static String text(CompareFilter f, ComparisonSummary s, ComparisonRow first, UnaryOperator<String> name) {
        String a = f.mode() == CompareFilter.Mode.BENCHMARK
                ? name.apply(f.inspection()) + " (all cases)"
                : name.apply(first.labelA());
        String alpha = Figures.alpha(s.alpha());
        Adjustment family = s.familyAdjustment();
        return "A = " + a + ", B = " + name.apply(first.labelB()) + "; every difference reads "
                + first.directionKind().withSides()
                + " in percentage points (positive: more cases answered yes, the better result). "
                + s.shown() + " of " + s.total() + " questions shown: " + s.tested() + " tested, "
                + (s.shown() - s.tested()) + " not tested (the table says why). "
                + (s.rises() + s.falls()) + " significant by the inspectorate's rule (p < " + alpha
                + ") under every count "
                + "consistent with the printed figures, " + s.depends()
                + " depending on the reading (significant under "
                + "some consistent counts, not under others); "
                + s.adjusted() + " with " + family.label() + " " + family.statistic() + " < " + alpha
                + " under every reading"
                + (s.adjustedDepends() > 0 ? " and " + s.adjustedDepends() + " more under some" : "")
                + " (" + family.statistic() + " over all " + s.testedInFamily()
                + " tested questions of the comparison); "
                + "by chance alone about " + Figures.f("%.1f", s.expectedByChance()) + " of " + s.tested()
                + " tests would be flagged. Significant in chart and table: " + f.rule() + ". " + s.approximate()
                + " of the " + s.tested() + " tests rest on an estimated count and are approximate.";
    }
}
