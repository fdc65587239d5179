package org.probation.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two proportions against R: 270 cases (every n1 from 1 to 200, x = 0 and x = n, equal
 * proportions, |z| up to 20, counts from the seed reports).
 *
 * <p>src/test/resources/stats/reference-two-proportions.csv was produced, from the repository root,
 * by {@code Rscript src/test/resources/stats/reference.R} (R 4.2.2, Debian r-base-core): z by the
 * explicit pooled formula (checked against prop.test's statistic z²), the p-values by
 * {@code prop.test(c(x1, x2), c(n1, n2), correct = FALSE, alternative = ...)$p.value}, Fisher by
 * {@code fisher.test(matrix(c(x1, n1 - x1, x2, n2 - x2), 2, byrow = TRUE))$p.value}, the Wilson
 * limits by {@code prop.test(x, n, correct = FALSE, conf.level = level)$conf.int}, Newcombe's method
 * 10 explicitly in R from those Wilson limits, and h by its explicit formula. NA marks a pooled
 * proportion of 0 or 1, where prop.test does not apply.
 */
class TwoProportionReferenceTest {

    static List<ReferenceCsv.Row> cases() {
        return ReferenceCsv.read("reference-two-proportions.csv", 6);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void pooled_z_and_its_p_values_agree_with_prop_test(ReferenceCsv.Row r) {
        int x1 = r.integer("x1"), n1 = r.integer("n1"), x2 = r.integer("x2"), n2 = r.integer("n2");
        if (r.missing("z")) {
            TwoProportionResult result = TwoProportionTest.withDefaults().test(x1, n1, x2, n2);
            assertThat(result.test()).isEqualTo(TestUsed.NONE);
            assertThat(result.notTestedReason()).isIn(FlagReasons.NO_VARIATION, FlagReasons.TOO_FEW);
            return;
        }
        double z = TwoProportionTest.pooledZ(x1, n1, x2, n2);
        Close.check("z", r.number("z"), z);
        Close.check("two-sided p", r.number("p_two_sided"), Normal.pValue(z, Alternative.TWO_SIDED));
        Close.check("p, greater", r.number("p_greater"), Normal.pValue(z, Alternative.GREATER));
        Close.check("p, less", r.number("p_less"), Normal.pValue(z, Alternative.LESS));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void the_test_reports_the_same_figures_or_says_why_it_did_not_test(ReferenceCsv.Row r) {
        int x1 = r.integer("x1"), n1 = r.integer("n1"), x2 = r.integer("x2"), n2 = r.integer("n2");
        for (Alternative alternative : Alternative.values()) {
            TwoProportionResult result = TwoProportionTest.withDefaults()
                    .withAlternative(alternative)
                    .withLevel(r.number("level"))
                    .test(x1, n1, x2, n2);
            if (n1 < 5 || n2 < 5 || r.missing("z")) {
                assertThat(result.test()).isEqualTo(TestUsed.NONE);
                assertThat(result.notTestedReason())
                        .isEqualTo(n1 < 5 || n2 < 5 ? FlagReasons.TOO_FEW : FlagReasons.NO_VARIATION);
                assertThat(result.z()).isNull();
                assertThat(result.p()).isNull();
                assertThat(result.fisherP()).isNull();
                assertThat(result.significant()).isFalse();
            } else {
                String column = switch (alternative) {
                    case TWO_SIDED -> "p_two_sided";
                    case GREATER -> "p_greater";
                    case LESS -> "p_less";
                };
                assertThat(result.test()).isEqualTo(TestUsed.POOLED_Z);
                Close.check("z", r.number("z"), result.z());
                Close.check("p " + alternative, r.number(column), result.p());
                Close.check("Fisher p", r.number("fisher_p"), result.fisherP());
                assertThat(result.significant()).isEqualTo(r.number(column) < 0.1);
            }
            Close.check("Wilson A", r.number("ci_a_low"), r.number("ci_a_high"), result.ciA());
            Close.check("Wilson B", r.number("ci_b_low"), r.number("ci_b_high"), result.ciB());
            Close.check("Newcombe", r.number("diff_ci_low"), r.number("diff_ci_high"), result.diffCi());
            Close.check("h", r.number("h"), result.h());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void fisher_p_agrees_with_fisher_test(ReferenceCsv.Row r) {
        Close.check(
                "Fisher p",
                r.number("fisher_p"),
                Proportions.fisherTwoSided(r.integer("x1"), r.integer("n1"), r.integer("x2"), r.integer("n2")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void wilson_intervals_agree_with_prop_test(ReferenceCsv.Row r) {
        double level = r.number("level");
        Close.check(
                "Wilson A",
                r.number("ci_a_low"),
                r.number("ci_a_high"),
                Proportions.wilson(r.integer("x1"), r.integer("n1"), level));
        Close.check(
                "Wilson B",
                r.number("ci_b_low"),
                r.number("ci_b_high"),
                Proportions.wilson(r.integer("x2"), r.integer("n2"), level));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void newcombe_interval_agrees_with_method_10_computed_in_r(ReferenceCsv.Row r) {
        Close.check(
                "Newcombe",
                r.number("diff_ci_low"),
                r.number("diff_ci_high"),
                Proportions.newcombe(
                        r.integer("x1"), r.integer("n1"), r.integer("x2"), r.integer("n2"), r.number("level")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void cohens_h_agrees_with_r(ReferenceCsv.Row r) {
        Close.check(
                "h",
                r.number("h"),
                Proportions.cohensH(r.integer("x1"), r.integer("n1"), r.integer("x2"), r.integer("n2")));
    }
}
