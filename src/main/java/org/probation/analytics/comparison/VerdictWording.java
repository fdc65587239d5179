package org.probation.analytics.comparison;

import java.util.Locale;
import org.probation.analytics.base.Format;

/** A comparison row's verdict over every count consistent with the printed figures, in words for its working. */
public final class VerdictWording {

    private VerdictWording() {}

    /**
     * The consistent counts behind a row and the verdict over them, in words: which counts fit the
     * printed figures, how many combinations were tested, the range of p, and what that means.
     */
    public static String readings(ComparisonRow r, double alpha) {
        StringBuilder s = new StringBuilder();
        if (r.readingsA() != null) {
            s.append("Counts of A consistent with the printed figures: ")
                    .append(r.readingsA())
                    .append('\n');
        }
        if (r.readingsB() != null) {
            s.append("Counts of B consistent with the printed figures: ")
                    .append(r.readingsB())
                    .append(
                            r.providersB() > 1
                                    ? " (the pool with every provider at its point, its lowest and its highest consistent rate)"
                                    : "")
                    .append('\n');
        }
        if (r.readings() != null && r.readings() > 1) {
            s.append("Tested over all ")
                    .append(r.readings())
                    .append(" consistent combinations: p from ")
                    .append(p(r.pMin()))
                    .append(" to ")
                    .append(p(r.pMax()))
                    .append(".\n");
        }
        s.append("Verdict over every consistent count: ")
                .append(
                        switch (r.verdictKind()) {
                            case SIGNIFICANT ->
                                "significant under every reading (p < " + trim(alpha)
                                        + " whichever count is the true one)";
                            case NOT_SIGNIFICANT -> "not significant under any reading";
                            case DEPENDS ->
                                "depends on the reading: the printed figures allow counts under which it is significant and counts under which it is not";
                            case NOT_TESTED ->
                                "not tested (" + (r.notTestedReason() == null ? "no count" : r.notTestedReason()) + ")";
                        })
                .append(".\n");
        return s.toString();
    }

    private static String p(Double p) {
        return p == null ? "—" : String.format(Locale.UK, "%.4g", p);
    }

    private static String trim(double alpha) {
        return Format.plain(alpha);
    }
}
