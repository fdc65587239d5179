package org.probation.analytics.calculator;

import java.util.Locale;
import org.probation.analytics.base.Format;
import org.probation.analytics.stats.TwoProportionResult;
import org.probation.analytics.stats.TwoProportionTest;
import org.springframework.stereotype.Service;

/** Runs the two-proportion test for analysts and explains every figure. */
@Service
public class CalculatorService {

    /**
     * The largest sample a calculation takes: far above any inspection (tens of cases) or national
     * pool (tens of thousands), and small enough that Fisher's exact p, whose work grows with the
     * smaller sample, stays a few milliseconds. A larger n is refused with this limit in the message.
     */
    public static final int MAX_N = 1_000_000;

    /** @throws IllegalArgumentException with a specific message for any invalid input */
    public Calculation twoProportions(int x1, int n1, int x2, int n2, double alpha, double level) {
        for (int i = 0; i < 2; i++) {
            int n = i == 0 ? n1 : n2;
            if (n > MAX_N) {
                throw new IllegalArgumentException("n" + (i + 1) + " must be at most "
                        + String.format(Locale.UK, "%,d", MAX_N) + " cases, was " + String.format(Locale.UK, "%,d", n));
            }
        }
        TwoProportionResult r = TwoProportionTest.withDefaults()
                .withAlpha(alpha)
                .withLevel(level)
                .test(x1, n1, x2, n2);
        double pooled = ((double) x1 + x2) / ((double) n1 + n2);
        // measured from the pooled proportion towards 50%, at 80% power (see TwoProportionResult)
        Double mdd = r.mdd();
        return new Calculation(
                x1,
                n1,
                x2,
                n2,
                alpha,
                level,
                r.p1(),
                r.p2(),
                r.diff(),
                r.z(),
                r.p(),
                r.significant(),
                r.test().name(),
                r.notTestedReason(),
                r.uncertain(),
                r.ciA().low(),
                r.ciA().high(),
                r.ciB().low(),
                r.ciB().high(),
                r.diffCi().low(),
                r.diffCi().high(),
                r.fisherP(),
                r.h(),
                mdd,
                r.flagReason(),
                working(r, pooled, alpha, level, mdd),
                rSnippet(x1, n1, x2, n2, level));
    }

    private static String working(TwoProportionResult r, double pooled, double alpha, double level, Double mdd) {
        StringBuilder s = new StringBuilder();
        s.append(f(
                "A: %d of %d cases = %.4f (%.1f%%). B: %d of %d cases = %.4f (%.1f%%). Difference A − B = %.4f (%.1f percentage points).%n",
                r.x1(), r.n1(), r.p1(), 100 * r.p1(), r.x2(), r.n2(), r.p2(), 100 * r.p2(), r.diff(), 100 * r.diff()));
        if (r.z() == null) {
            s.append("Not tested: ").append(r.notTestedReason()).append(".\n");
        } else {
            double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / r.n1() + 1.0 / r.n2()));
            s.append(
                    f("Pooled proportion p = (%d + %d) / (%d + %d) = %.4f.%n", r.x1(), r.x2(), r.n1(), r.n2(), pooled));
            s.append(f("Standard error = sqrt(p(1 − p)(1/%d + 1/%d)) = %.4f.%n", r.n1(), r.n2(), se));
            s.append(f("z = (p1 − p2) / SE = %.4f; two-sided p = 2(1 − Φ(|z|)) = %.4g.%n", r.z(), r.p()));
            s.append(f(
                    "At α = %s the change is %s (the inspectorate's rule: p < α).%n",
                    trim(alpha), r.significant() ? "significant" : "not significant"));
            if (r.fisherP() != null) {
                s.append(f("Fisher's exact test (two-sided, as R): p = %.4g.%n", r.fisherP()));
            }
        }
        if (r.flagReason() != null) {
            s.append("Note: ").append(r.flagReason()).append(".\n");
        }
        s.append(f(
                "%s%% Wilson intervals: A %.1f%% to %.1f%%, B %.1f%% to %.1f%%. Newcombe's interval for A − B: %.1f to %.1f points.%n",
                trim(100 * level),
                100 * r.ciA().low(),
                100 * r.ciA().high(),
                100 * r.ciB().low(),
                100 * r.ciB().high(),
                100 * r.diffCi().low(),
                100 * r.diffCi().high()));
        s.append(f("Cohen's h = %.3f (0.2 small, 0.5 medium, 0.8 large).%n", r.h()));
        if (mdd != null) {
            s.append(f(
                    "With these sample sizes a difference of %.1f points from the pooled %.1f%% (towards 50%%) would be detected with 80%% power at α = %s.%n",
                    100 * mdd, 100 * pooled, trim(alpha)));
        }
        return s.toString();
    }

    private static String rSnippet(int x1, int n1, int x2, int n2, double level) {
        return f("""
                x <- c(%d, %d); n <- c(%d, %d)
                t <- prop.test(x, n, correct = FALSE)        # pooled z-test: z^2 = X-squared
                sign(x[1]/n[1] - x[2]/n[2]) * sqrt(t$statistic); t$p.value
                fisher.test(matrix(c(x[1], n[1] - x[1], x[2], n[2] - x[2]), nrow = 2))$p.value
                prop.test(x[1], n[1], conf.level = %s, correct = FALSE)$conf.int   # Wilson interval, A
                prop.test(x[2], n[2], conf.level = %s, correct = FALSE)$conf.int   # Wilson interval, B
                2 * asin(sqrt(x[1]/n[1])) - 2 * asin(sqrt(x[2]/n[2]))              # Cohen's h
                """, x1, x2, n1, n2, trim(level), trim(level));
    }

    private static String f(String format, Object... args) {
        return Format.f(format, args);
    }

    private static String trim(double value) {
        return Format.trim(value);
    }
}
