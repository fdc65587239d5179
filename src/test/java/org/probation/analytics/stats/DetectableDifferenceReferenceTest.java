package org.probation.analytics.stats;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The minimum detectable difference against R: 138 cases of n1, n2 from 1 to 200, baselines 0 to
 * 0.95, alpha 0.01 to 0.2, power 0.5 to 0.95, 36 of them with no detectable increase (NA).
 *
 * <p>src/test/resources/stats/reference-mdd.csv was produced, from the repository root, by
 * {@code Rscript src/test/resources/stats/reference.R} (R 4.2.2): the first root of the power
 * equation by {@code uniroot(tol = 1e-15)}, checked against
 * {@code power.prop.test(n, p1 = baseline, power, sig.level = alpha, tol = 1e-15)$p2 - baseline}
 * wherever n1 = n2 and the baseline is above 0.
 */
class DetectableDifferenceReferenceTest {

    static List<ReferenceCsv.Row> cases() {
        return ReferenceCsv.read("reference-mdd.csv", 6);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void minimum_detectable_difference_agrees_with_r(ReferenceCsv.Row r) {
        Close.check(
                "MDD",
                r.number("mdd"),
                Proportions.minimumDetectableDifference(
                        r.integer("n1"), r.integer("n2"), r.number("baseline"), r.number("alpha"), r.number("power")));
    }
}
