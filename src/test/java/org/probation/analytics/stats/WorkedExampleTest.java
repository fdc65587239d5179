package org.probation.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The worked example of the README, on real seed numbers, so the README cannot drift from the code.
 *
 * <p>Court work, the same key question in both rounds (datasets/question-mapping.csv: NPS 3.1.1 is
 * PDU 2.1.1, "Is the pre-sentence information and advice provided to court sufficiently analytical
 * and personalised ...?"):
 * <ul>
 *   <li>Swansea Neath Port Talbot PDU 2022: 11 of 20 reports, stated ("from our review of 20
 *       pre-sentence reports, in only 11 (55 per cent)", seed 002 line 448);</li>
 *   <li>NPS South West region 2021: 69% of 85 court reports (seed 000 lines 1223 and 1394), so 59 of
 *       85, estimated: 59/85 = 69.4% is the only count of 85 that rounds to 69%. The test is therefore
 *       run as approximate.</li>
 * </ul>
 *
 * <p>Reference values from R 4.2.2 (Debian r-base-core), printed with sprintf("%.17g"):
 * <pre>
 * prop.test(c(11, 59), c(20, 85), correct = FALSE)      # X-squared = z^2 = 1.5132352941176463,
 *                                                       # p-value = 0.21864607217274734
 * p &lt;- 70/105; (11/20 - 59/85) / sqrt(p * (1 - p) * (1/20 + 1/85))   # z = -1.2301362908709121
 * prop.test(11, 20, correct = FALSE, conf.level = 0.9)$conf.int   # 0.37220770755293492 0.71587650871096875
 * prop.test(59, 85, correct = FALSE, conf.level = 0.9)$conf.int   # 0.60697864663312506 0.7692803525175046
 * fisher.test(matrix(c(11, 9, 59, 26), 2, byrow = TRUE))$p.value  # 0.29175868947228589
 * 2 * asin(sqrt(11/20)) - 2 * asin(sqrt(59/85))                   # h = -0.29854848639601461
 * # Newcombe method 10 from the Wilson limits a (Swansea) and b (South West), d = 11/20 - 59/85:
 * # d - sqrt((11/20 - a[1])^2 + (b[2] - 59/85)^2)             # -0.33714492892708992
 * # d + sqrt((a[2] - 11/20)^2 + (59/85 - b[1])^2)             #  0.043254233268321562
 * # minimum detectable difference: the change from the pooled 2/3 towards 1/2, that is an increase
 * # from b = 1 - 70/105, at alpha 0.1 and power 0.8, solved as in reference.R:
 * # f &lt;- function(d) { p2 &lt;- b + d; pbar &lt;- (20 * b + 85 * p2) / 105
 * #   d - qnorm(0.95) * sqrt(pbar * (1 - pbar) * (1/20 + 1/85)) - qnorm(0.8) * sqrt(b * (1 - b) / 20 + p2 * (1 - p2) / 85) }
 * # uniroot(f, c(462, 463) * (1 - b) / 1024, tol = 1e-15)$root  #  0.30096865180051824
 * </pre>
 */
class WorkedExampleTest {

    @Test
    void worked_example_from_the_readme() {
        TwoProportionResult result = TwoProportionTest.withDefaults().test(11, 20, 59, 85, true);

        Close.check("z", -1.2301362908709121, result.z());
        Close.check("p", 0.21864607217274734, result.p());
        assertThat(result.significant()).isFalse();
        assertThat(result.test()).isEqualTo(TestUsed.POOLED_Z);
        assertThat(result.uncertain()).isFalse(); // smallest expected count 20 * 1/3 = 6.7
        assertThat(result.approximate()).isTrue();
        Close.check("Wilson Swansea", 0.37220770755293492, 0.71587650871096875, result.ciA());
        Close.check("Wilson South West", 0.60697864663312506, 0.7692803525175046, result.ciB());
        Close.check("Newcombe", -0.33714492892708992, 0.043254233268321562, result.diffCi());
        Close.check("Fisher p", 0.29175868947228589, result.fisherP());
        Close.check("h", -0.29854848639601461, result.h());
        Close.check("MDD", 0.30096865180051824, result.mdd());
        assertThat(result.flagReason())
                .isEqualTo("Pooled two-proportion z-test (two-sided): p = 0.2186 is not"
                        + " below alpha = 0.1, so the difference is not significant. Approximate: the counts are"
                        + " estimated (not stated in the source), so every figure is approximate.");
    }
}
