package org.probation.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The score test of a provider against a fixed comparator figure. */
class OneSampleTestTest {

    @Test
    void the_defaults_are_alpha_0_1_two_sided_with_a_90_per_cent_interval() {
        assertThat(OneSampleTest.withDefaults()).isEqualTo(new OneSampleTest(0.1, Alternative.TWO_SIDED, 0.9));
        assertThat(OneSampleTest.withDefaults()
                        .withAlpha(0.05)
                        .withAlternative(Alternative.LESS)
                        .withLevel(0.95))
                .isEqualTo(new OneSampleTest(0.05, Alternative.LESS, 0.95));
    }

    @Test
    void the_score_test_rejects_exactly_the_benchmarks_outside_the_wilson_interval() {
        OneSampleTest test = OneSampleTest.withDefaults();
        for (int percent = 1; percent <= 99; percent++) {
            double p0 = percent / 100.0;
            OneSampleResult result = test.test(11, 20, p0);
            boolean outside = p0 < result.ci().low() || p0 > result.ci().high();
            assertThat(result.significant()).as("p0 = %s", p0).isEqualTo(outside);
        }
    }

    @Test
    void a_provider_at_the_benchmark_is_not_significant() {
        OneSampleResult result = OneSampleTest.withDefaults().test(69, 100, 0.69);

        assertThat(result.z()).isZero();
        assertThat(result.p()).isEqualTo(1);
        assertThat(result.significant()).isFalse();
        assertThat(result.pHat()).isEqualTo(0.69);
    }

    @Test
    void a_sample_of_fewer_than_5_cases_is_not_tested_but_keeps_its_interval() {
        OneSampleResult result = OneSampleTest.withDefaults().test(0, 4, 0.82);

        assertThat(result.test()).isEqualTo(TestUsed.NONE);
        assertThat(result.notTestedReason()).isEqualTo("fewer than 5 cases in the sample");
        assertThat(result.z()).isNull();
        assertThat(result.p()).isNull();
        assertThat(result.significant()).isFalse();
        assertThat(result.ci()).isEqualTo(Proportions.wilson(0, 4, 0.9));
    }
}
