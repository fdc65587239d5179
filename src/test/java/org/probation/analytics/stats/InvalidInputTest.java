package org.probation.analytics.stats;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Every invalid input is refused with a message naming the argument and its value. */
class InvalidInputTest {

    static final TwoProportionTest TWO = TwoProportionTest.withDefaults();
    static final OneSampleTest ONE = OneSampleTest.withDefaults();

    @Test
    void a_count_above_its_sample_size_is_refused() {
        assertThatThrownBy(() -> TWO.test(7, 5, 1, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x1 = 7 exceeds n1 = 5");
        assertThatThrownBy(() -> TWO.test(1, 5, 11, 10)).hasMessage("x2 = 11 exceeds n2 = 10");
        assertThatThrownBy(() -> ONE.test(21, 20, 0.5)).hasMessage("x = 21 exceeds n = 20");
        assertThatThrownBy(() -> Proportions.wilson(3, 2, 0.9)).hasMessage("x = 3 exceeds n = 2");
        assertThatThrownBy(() -> Proportions.fisherTwoSided(1, 2, 4, 3)).hasMessage("x2 = 4 exceeds n2 = 3");
    }

    @Test
    void an_empty_or_negative_sample_size_is_refused() {
        assertThatThrownBy(() -> TWO.test(0, 5, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n2 must be positive, was 0");
        assertThatThrownBy(() -> TWO.test(0, -3, 0, 5)).hasMessage("n1 must be positive, was -3");
        assertThatThrownBy(() -> ONE.test(0, 0, 0.5)).hasMessage("n must be positive, was 0");
        assertThatThrownBy(() -> Proportions.newcombe(0, 5, 0, 0, 0.9)).hasMessage("n2 must be positive, was 0");
        assertThatThrownBy(() -> Proportions.minimumDetectableDifference(0, 20, 0.5, 0.1, 0.8))
                .hasMessage("n1 must be positive, was 0");
    }

    @Test
    void a_negative_count_is_refused() {
        assertThatThrownBy(() -> TWO.test(-1, 5, 2, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x1 must not be negative, was -1");
        assertThatThrownBy(() -> Proportions.cohensH(2, 5, -4, 5)).hasMessage("x2 must not be negative, was -4");
        assertThatThrownBy(() -> Proportions.wilson(-1, 5, 0.9)).hasMessage("x must not be negative, was -1");
    }

    @Test
    void alpha_outside_zero_to_one_is_refused() {
        assertThatThrownBy(() -> TWO.withAlpha(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("alpha must be in (0, 1), was 1.5");
        assertThatThrownBy(() -> TWO.withAlpha(0)).hasMessage("alpha must be in (0, 1), was 0");
        assertThatThrownBy(() -> TWO.withAlpha(Double.NaN)).hasMessage("alpha must be in (0, 1), was NaN");
        assertThatThrownBy(() -> ONE.withAlpha(1)).hasMessage("alpha must be in (0, 1), was 1");
        assertThatThrownBy(() -> TWO.test(5, 10, 6, 10).reject(-0.1)).hasMessage("alpha must be in (0, 1), was -0.1");
        assertThatThrownBy(() -> MultipleComparisons.expectedFalseFlags(10, 2))
                .hasMessage("alpha must be in (0, 1), was 2");
        assertThatThrownBy(() -> Proportions.minimumDetectableDifference(20, 20, 0.5, Double.NaN, 0.8))
                .hasMessage("alpha must be in (0, 1), was NaN");
    }

    @Test
    void level_outside_zero_to_one_is_refused() {
        assertThatThrownBy(() -> TWO.withLevel(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("level must be in (0, 1), was NaN");
        assertThatThrownBy(() -> ONE.withLevel(1)).hasMessage("level must be in (0, 1), was 1");
        assertThatThrownBy(() -> Proportions.wilson(1, 5, 95)).hasMessage("level must be in (0, 1), was 95");
        assertThatThrownBy(() -> Proportions.newcombe(1, 5, 2, 5, 0)).hasMessage("level must be in (0, 1), was 0");
    }

    @Test
    void a_benchmark_outside_zero_to_one_is_refused() {
        assertThatThrownBy(() -> ONE.test(5, 10, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p0 must be in (0, 1), was 0");
        assertThatThrownBy(() -> ONE.test(5, 10, 82)).hasMessage("p0 must be in (0, 1), was 82");
        assertThatThrownBy(() -> ONE.test(5, 10, Double.NaN)).hasMessage("p0 must be in (0, 1), was NaN");
    }

    @Test
    void a_baseline_or_power_outside_its_range_is_refused() {
        assertThatThrownBy(() -> Proportions.minimumDetectableDifference(20, 20, 1, 0.1, 0.8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseline must be in [0, 1), was 1");
        assertThatThrownBy(() -> Proportions.minimumDetectableDifference(20, 20, Double.NaN, 0.1, 0.8))
                .hasMessage("baseline must be in [0, 1), was NaN");
        assertThatThrownBy(() -> Proportions.minimumDetectableDifference(20, 20, 0.5, 0.1, 80))
                .hasMessage("power must be in (0, 1), was 80");
    }

    @Test
    void a_missing_alternative_is_refused() {
        assertThatThrownBy(() -> TWO.withAlternative(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("alternative must not be null");
        assertThatThrownBy(() -> ONE.withAlternative(null)).hasMessage("alternative must not be null");
    }

    @Test
    void a_p_value_outside_zero_to_one_is_refused_by_the_adjustments() {
        assertThatThrownBy(() -> MultipleComparisons.benjaminiHochberg(new double[] {0.1, 0.2, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p[2] must be in [0, 1], was NaN");
        assertThatThrownBy(() -> MultipleComparisons.holm(new double[] {1.5}))
                .hasMessage("p[0] must be in [0, 1], was 1.5");
        assertThatThrownBy(() -> MultipleComparisons.holm(null)).hasMessage("p must not be null");
        assertThatThrownBy(() -> MultipleComparisons.expectedFalseFlags(-1, 0.1))
                .hasMessage("tests must not be negative, was -1");
    }

    @Test
    void an_interval_with_its_limits_reversed_or_missing_is_refused() {
        assertThatThrownBy(() -> new Interval(0.6, 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an interval needs low <= high, was [0.6, 0.5]");
        assertThatThrownBy(() -> new Interval(Double.NaN, 0.5))
                .hasMessage("an interval needs low <= high, was [NaN, 0.5]");
    }
}
