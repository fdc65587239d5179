package org.probation.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The official flag and its guards. Reference p-values from R 4.2.2:
 * {@code prop.test(c(12, 17), c(20, 20), correct = FALSE)$p.value} = 0.076637962761527484,
 * {@code fisher.test(matrix(c(12, 8, 17, 3), 2, byrow = TRUE))$p.value} = 0.15518744551002614,
 * {@code prop.test(c(1, 6), c(10, 10), correct = FALSE)$p.value} = 0.01907632210177837,
 * {@code fisher.test(matrix(c(1, 9, 6, 4), 2, byrow = TRUE))$p.value} = 0.057275541795665706.
 */
class TwoProportionTestTest {

    static final TwoProportionTest INSPECTORATE = TwoProportionTest.withDefaults();

    @Test
    void the_defaults_are_the_inspectorates_alpha_two_sided_with_90_per_cent_intervals() {
        assertThat(INSPECTORATE).isEqualTo(new TwoProportionTest(0.1, Alternative.TWO_SIDED, 0.9));
    }

    @Test
    void each_with_gives_a_changed_copy_and_leaves_the_original_alone() {
        TwoProportionTest strict =
                INSPECTORATE.withAlpha(0.05).withAlternative(Alternative.LESS).withLevel(0.95);

        assertThat(strict).isEqualTo(new TwoProportionTest(0.05, Alternative.LESS, 0.95));
        assertThat(INSPECTORATE.alpha()).isEqualTo(0.1);
    }

    @Test
    void change_is_significant_at_the_inspectorate_alpha() {
        TwoProportionResult result = INSPECTORATE.test(12, 20, 17, 20);

        Close.check("p", 0.076637962761527484, result.p());
        assertThat(result.significant()).isTrue();
        assertThat(result.test()).isEqualTo(TestUsed.POOLED_Z);
        assertThat(result.uncertain()).isFalse();
        assertThat(result.reject(0.05)).isFalse();
        assertThat(INSPECTORATE.withAlpha(0.05).test(12, 20, 17, 20).significant())
                .isFalse();
        Close.check("Fisher p", 0.15518744551002614, result.fisherP());
        assertThat(result.flagReason())
                .isEqualTo("Pooled two-proportion z-test (two-sided): p = 0.07664 is below"
                        + " alpha = 0.1, so the difference is significant.");
    }

    @Test
    void significance_needs_a_p_value_strictly_below_alpha() {
        TwoProportionResult result = INSPECTORATE.test(12, 20, 17, 20);

        assertThat(result.reject(result.p())).isFalse();
        assertThat(result.reject(Math.nextUp(result.p()))).isTrue();
        assertThat(INSPECTORATE.withAlpha(result.p()).test(12, 20, 17, 20).significant())
                .isFalse();
    }

    @Test
    void a_sample_of_fewer_than_5_cases_is_not_tested() {
        TwoProportionResult result = INSPECTORATE.test(0, 4, 18, 20);

        assertThat(result.test()).isEqualTo(TestUsed.NONE);
        assertThat(result.notTestedReason()).isEqualTo("fewer than 5 cases in a sample");
        assertThat(result.z()).isNull();
        assertThat(result.p()).isNull();
        assertThat(result.fisherP()).isNull();
        assertThat(result.mdd()).isNull();
        assertThat(result.significant()).isFalse();
        assertThat(result.uncertain()).isFalse();
        assertThat(result.reject(0.5)).isFalse();
        assertThat(result.flagReason()).isEqualTo("Not tested, so not flagged: fewer than 5 cases in a sample.");
        assertThat(result.ciA()).isEqualTo(Proportions.wilson(0, 4, 0.9));
        assertThat(result.diff()).isEqualTo(-0.9);
    }

    @Test
    void samples_where_every_case_answered_the_same_way_are_not_tested() {
        for (TwoProportionResult result :
                new TwoProportionResult[] {INSPECTORATE.test(20, 20, 30, 30), INSPECTORATE.test(0, 7, 0, 40)}) {
            assertThat(result.test()).isEqualTo(TestUsed.NONE);
            assertThat(result.notTestedReason()).isEqualTo("every case answered the same way: no variation to test");
            assertThat(result.p()).isNull();
            assertThat(result.significant()).isFalse();
        }
    }

    @Test
    void a_small_expected_count_makes_the_result_uncertain_with_fisher_beside_it() {
        TwoProportionResult result = INSPECTORATE.test(1, 10, 6, 10);

        assertThat(result.uncertain()).isTrue();
        assertThat(result.test()).isEqualTo(TestUsed.POOLED_Z);
        assertThat(result.significant()).isTrue();
        Close.check("p", 0.01907632210177837, result.p());
        Close.check("Fisher p", 0.057275541795665706, result.fisherP());
        assertThat(result.flagReason())
                .isEqualTo("Pooled two-proportion z-test (two-sided): p = 0.01908 is below"
                        + " alpha = 0.1, so the difference is significant. Uncertain: expected count below 5: the z-test"
                        + " approximation is weak; Fisher's exact p shown beside it (Fisher p = 0.05728).");
    }

    @Test
    void the_smallest_expected_count_decides_uncertainty_at_exactly_5() {
        // pooled 5/20 = 0.25, n = 20 and 20: the smallest expected count is 20 * 0.25 = 5, not below 5
        assertThat(INSPECTORATE.test(2, 20, 8, 20).uncertain()).isFalse();
        // pooled 4/40 = 0.1: the smallest expected count is 20 * 0.1 = 2
        assertThat(INSPECTORATE.test(1, 20, 3, 20).uncertain()).isTrue();
    }

    @Test
    void estimated_counts_make_the_result_approximate_and_say_so() {
        TwoProportionResult estimated = INSPECTORATE.test(12, 20, 17, 20, true);
        TwoProportionResult notTested = INSPECTORATE.test(1, 3, 17, 20, true);

        assertThat(estimated.approximate()).isTrue();
        assertThat(estimated.flagReason())
                .endsWith(" Approximate: the counts are estimated (not stated in the"
                        + " source), so every figure is approximate.");
        assertThat(notTested.approximate()).isTrue();
        assertThat(notTested.flagReason()).contains("fewer than 5 cases").contains("estimated");
        assertThat(INSPECTORATE.test(12, 20, 17, 20).approximate()).isFalse();
        assertThat(estimated.p()).isEqualTo(INSPECTORATE.test(12, 20, 17, 20).p());
    }

    @Test
    void a_one_sided_test_halves_the_p_value_in_the_direction_of_the_change() {
        double twoSided = INSPECTORATE.test(12, 20, 17, 20).p();
        TwoProportionResult less =
                INSPECTORATE.withAlternative(Alternative.LESS).test(12, 20, 17, 20);
        TwoProportionResult greater =
                INSPECTORATE.withAlternative(Alternative.GREATER).test(12, 20, 17, 20);

        assertThat(less.p()).isCloseTo(twoSided / 2, within(1e-15));
        assertThat(greater.p()).isCloseTo(1 - twoSided / 2, within(1e-15));
        assertThat(greater.significant()).isFalse();
        assertThat(less.flagReason()).startsWith("Pooled two-proportion z-test (one-sided, first less): ");
    }

    @Test
    void the_minimum_detectable_difference_is_the_change_from_the_pooled_proportion_towards_one_half() {
        // pooled 29/40 = 0.725: a decrease from 0.725 is, by symmetry, an increase from 0.275
        TwoProportionResult result = INSPECTORATE.withAlpha(0.05).test(12, 20, 17, 20);

        assertThat(result.mdd()).isEqualTo(Proportions.minimumDetectableDifference(20, 20, 1 - 29.0 / 40, 0.05, 0.8));
        assertThat(Proportions.minimumDetectableDifference(20, 20, 29.0 / 40, 0.05, 0.8))
                .isNaN();
    }

    @Test
    void the_minimum_detectable_difference_is_missing_when_no_change_is_detectable_or_nothing_was_tested() {
        // 5 against 5 cases from 50%: even a change to 100% is detected less than 80% of the time
        assertThat(INSPECTORATE.test(3, 5, 2, 5).mdd()).isNull();
        assertThat(INSPECTORATE.test(3, 5, 2, 5).test()).isEqualTo(TestUsed.POOLED_Z);
        assertThat(INSPECTORATE.test(1, 3, 2, 5).mdd()).isNull();
    }

    @Test
    void the_intervals_follow_the_level() {
        TwoProportionResult ninety = INSPECTORATE.test(12, 20, 17, 20);
        TwoProportionResult ninetyFive = INSPECTORATE.withLevel(0.95).test(12, 20, 17, 20);

        assertThat(ninetyFive.ciA().low()).isLessThan(ninety.ciA().low());
        assertThat(ninetyFive.diffCi().high()).isGreaterThan(ninety.diffCi().high());
        assertThat(ninetyFive.p()).isEqualTo(ninety.p());
    }
}
