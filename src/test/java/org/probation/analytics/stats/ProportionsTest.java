package org.probation.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Properties of the intervals, Fisher's test, h and the detectable difference that hold for any counts. */
class ProportionsTest {

    @Test
    void wilson_limits_are_exactly_0_and_1_at_the_edges() {
        assertThat(Proportions.wilson(0, 13, 0.9).low()).isZero();
        assertThat(Proportions.wilson(13, 13, 0.9).high()).isEqualTo(1);
        assertThat(Proportions.wilson(0, 13, 0.9).high()).isGreaterThan(0);
        assertThat(Proportions.wilson(13, 13, 0.9).low()).isLessThan(1);
    }

    @Test
    void wilson_interval_widens_with_the_level_and_narrows_with_the_sample() {
        Interval ninety = Proportions.wilson(11, 20, 0.9);
        Interval ninetyNine = Proportions.wilson(11, 20, 0.99);
        Interval larger = Proportions.wilson(110, 200, 0.9);

        assertThat(ninetyNine.low()).isLessThan(ninety.low());
        assertThat(ninetyNine.high()).isGreaterThan(ninety.high());
        assertThat(larger.high() - larger.low()).isLessThan(ninety.high() - ninety.low());
    }

    @Test
    void newcombe_interval_contains_the_observed_difference_and_stays_within_minus_1_and_1() {
        for (int x1 = 0; x1 <= 8; x1++) {
            for (int x2 = 0; x2 <= 12; x2++) {
                Interval ci = Proportions.newcombe(x1, 8, x2, 12, 0.9);
                double d = x1 / 8.0 - x2 / 12.0;
                assertThat(ci.low()).isLessThanOrEqualTo(d).isGreaterThanOrEqualTo(-1);
                assertThat(ci.high()).isGreaterThanOrEqualTo(d).isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void fisher_p_is_the_same_whichever_sample_comes_first() {
        assertThat(Proportions.fisherTwoSided(3, 17, 9, 14))
                .isCloseTo(Proportions.fisherTwoSided(9, 14, 3, 17), within(1e-15));
        assertThat(Proportions.fisherTwoSided(5, 10, 5, 10)).isEqualTo(1);
    }

    @Test
    void cohens_h_changes_sign_with_the_order_and_reaches_pi_at_the_extremes() {
        assertThat(Proportions.cohensH(3, 10, 7, 10)).isEqualTo(-Proportions.cohensH(7, 10, 3, 10));
        assertThat(Proportions.cohensH(10, 10, 0, 10)).isCloseTo(Math.PI, within(1e-15));
        assertThat(Proportions.cohensH(4, 8, 10, 20)).isZero();
    }

    @Test
    void the_detectable_difference_shrinks_as_the_samples_grow() {
        double twenty = Proportions.minimumDetectableDifference(20, 20, 0.5, 0.1, 0.8);
        double twoHundred = Proportions.minimumDetectableDifference(200, 200, 0.5, 0.1, 0.8);

        assertThat(twoHundred).isLessThan(twenty).isGreaterThan(0);
        assertThat(twenty).isLessThan(0.5);
    }

    @Test
    void no_increase_is_detectable_from_a_baseline_near_1_with_tiny_samples() {
        assertThat(Proportions.minimumDetectableDifference(3, 3, 0.9, 0.1, 0.8)).isNaN();
    }

    @Test
    void the_detectable_difference_has_the_power_it_promises() {
        int n1 = 20, n2 = 85;
        double p1 = 0.55;
        double d = Proportions.minimumDetectableDifference(n1, n2, p1, 0.1, 0.8);
        double p2 = p1 + d;
        double pooled = (n1 * p1 + n2 * p2) / (n1 + n2);
        double critical = Normal.quantile(0.95) * Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        double power = Normal.cdf((d - critical) / Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2));

        assertThat(power).isCloseTo(0.8, within(1e-12));
    }
}
