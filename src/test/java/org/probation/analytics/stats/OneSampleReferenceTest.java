package org.probation.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one-sample score test and the Wilson interval against R: 230 cases (every n from 1 to 200,
 * x = 0 and x = n, z = 0, |z| up to 62 where both R and Java give p = 0, levels from 0.01 to 0.999).
 *
 * <p>src/test/resources/stats/reference-one-sample.csv was produced, from the repository root, by
 * {@code Rscript src/test/resources/stats/reference.R} (R 4.2.2): z by the explicit score formula
 * (checked against prop.test's statistic z²), the p-values by
 * {@code prop.test(x, n, p = p0, correct = FALSE, alternative = ...)$p.value}, the interval by
 * {@code prop.test(x, n, correct = FALSE, conf.level = level)$conf.int} (checked against the
 * explicit Wilson formula).
 */
class OneSampleReferenceTest {

    static List<ReferenceCsv.Row> cases() {
        return ReferenceCsv.read("reference-one-sample.csv", 5);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void score_test_agrees_with_prop_test_against_a_fixed_p0(ReferenceCsv.Row r) {
        int x = r.integer("x"), n = r.integer("n");
        double p0 = r.number("p0");
        double z = OneSampleTest.scoreZ(x, n, p0);
        Close.check("z", r.number("z"), z);
        Close.check("two-sided p", r.number("p_two_sided"), Normal.pValue(z, Alternative.TWO_SIDED));
        Close.check("p, greater", r.number("p_greater"), Normal.pValue(z, Alternative.GREATER));
        Close.check("p, less", r.number("p_less"), Normal.pValue(z, Alternative.LESS));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void the_test_reports_the_same_figures_or_says_why_it_did_not_test(ReferenceCsv.Row r) {
        int x = r.integer("x"), n = r.integer("n");
        OneSampleResult result = OneSampleTest.withDefaults()
                .withLevel(r.number("level"))
                .withAlternative(Alternative.GREATER)
                .test(x, n, r.number("p0"));
        if (n < 5) {
            assertThat(result.test()).isEqualTo(TestUsed.NONE);
            assertThat(result.notTestedReason()).isEqualTo("fewer than 5 cases in the sample");
            assertThat(result.z()).isNull();
            assertThat(result.significant()).isFalse();
        } else {
            assertThat(result.test()).isEqualTo(TestUsed.SCORE_Z);
            Close.check("z", r.number("z"), result.z());
            Close.check("p, greater", r.number("p_greater"), result.p());
            assertThat(result.significant()).isEqualTo(r.number("p_greater") < 0.1);
        }
        Close.check("Wilson", r.number("ci_low"), r.number("ci_high"), result.ci());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void wilson_interval_agrees_with_prop_test(ReferenceCsv.Row r) {
        Close.check(
                "Wilson",
                r.number("ci_low"),
                r.number("ci_high"),
                Proportions.wilson(r.integer("x"), r.integer("n"), r.number("level")));
    }
}
