package org.probation.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Adjustments over a family of tests, beyond the reference values of AdjustmentReferenceTest. */
class MultipleComparisonsTest {

    @Test
    void twenty_seven_questions_at_the_inspectorate_alpha_give_about_three_false_flags() {
        assertThat(MultipleComparisons.expectedFalseFlags(27, 0.1)).isCloseTo(2.7, within(1e-12));
        assertThat(MultipleComparisons.expectedFalseFlags(0, 0.1)).isZero();
    }

    @Test
    void an_empty_family_gives_no_adjusted_values() {
        assertThat(MultipleComparisons.benjaminiHochberg(new double[0])).isEmpty();
        assertThat(MultipleComparisons.holm(new double[0])).isEmpty();
    }

    @Test
    void adjusted_values_keep_the_input_order_and_never_fall_below_the_raw_p_values() {
        double[] p = {0.3, 0.01, 0.04, 0.02};
        double[] q = MultipleComparisons.benjaminiHochberg(p);
        double[] holm = MultipleComparisons.holm(p);

        assertThat(q).containsExactly(new double[] {0.3, 0.04, 0.04 * 4 / 3, 0.04}, within(1e-15));
        assertThat(holm).containsExactly(new double[] {0.3, 0.04, 0.08, 0.06}, within(1e-15));
        for (int i = 0; i < p.length; i++) {
            assertThat(q[i]).isGreaterThanOrEqualTo(p[i]).isLessThanOrEqualTo(holm[i]);
        }
    }

    @Test
    void the_input_array_is_left_unchanged() {
        double[] p = {0.5, 0.1, 0.2};
        MultipleComparisons.benjaminiHochberg(p);
        MultipleComparisons.holm(p);

        assertThat(p).containsExactly(0.5, 0.1, 0.2);
    }
}
