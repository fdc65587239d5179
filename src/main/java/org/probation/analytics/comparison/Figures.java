package org.probation.analytics.comparison;

import org.probation.analytics.base.CountKind;
import org.probation.analytics.base.Format;

/** How the comparison views print a figure: counts by how they are known, percents, points, p-values. */
public final class Figures {

    private Figures() {}

    /** "11/20" stated, "≈13/42" estimated, "n unknown", or "printed figure" for a comparator without a count. */
    public static String count(Integer x, Integer n, CountKind kind) {
        if (kind == CountKind.PRINTED) {
            return "printed figure";
        }
        if (x == null || n == null) {
            return "n unknown";
        }
        return (kind == CountKind.ESTIMATED ? "≈" : "") + x + "/" + n;
    }

    public static String countA(ComparisonRow r) {
        return count(r.xA(), r.nA(), r.countA());
    }

    public static String countB(ComparisonRow r) {
        return count(r.xB(), r.nB(), r.countB());
    }

    /** "64%" or "55.9%": whole percents as printed, others to one decimal. */
    public static String pct(Double percent) {
        return Format.pct(percent);
    }

    /** Whether the rate of a count differs from its printed percent by 0.05 points or more (it is not what is shown). */
    public static boolean differs(Double printed, Integer x, Integer n) {
        return printed != null && x != null && n != null && n > 0 && Math.abs(100.0 * x / n - printed) >= 0.05;
    }

    /** "printed 79%; the test used 33/42 = 78.6%", or "" when the count's rate is the printed percent. */
    public static String tested(Double printed, Integer x, Integer n) {
        return differs(printed, x, n)
                ? "printed " + pct(printed) + "; the test used " + x + "/" + n + " = " + f("%.1f%%", 100.0 * x / n)
                : "";
    }

    /** A difference in percentage points with its sign: "−33.0". */
    public static String points(Double diff) {
        return diff == null ? "—" : f("%+.1f", diff).replace('-', '−');
    }

    public static String interval(Double low, Double high) {
        return low == null || high == null ? "—" : points(low) + " to " + points(high);
    }

    public static String number(Double value, String format) {
        return value == null ? "—" : f(format, value).replace('-', '−');
    }

    /** A p- or q-value: four significant figures, "—" when not tested. */
    public static String p(Double p) {
        return p == null ? "—" : f("%.4g", p);
    }

    /**
     * The inspectorate's flag over every count consistent with the printed figures: "★ yes",
     * "◐ depends on the reading", "no", or "not tested".
     */
    public static String verdict(ComparisonRow r) {
        return switch (r.verdictKind()) {
            case SIGNIFICANT -> "★ yes";
            case DEPENDS -> "◐ depends on the reading";
            case NOT_SIGNIFICANT -> "no";
            case NOT_TESTED -> "not tested";
        };
    }

    /** "0.004" when the counts are known exactly or unique, "0.002 to 0.028" over several readings, "—" untested. */
    public static String pRange(ComparisonRow r) {
        if (r.pMin() == null) {
            return "—";
        }
        return r.readings() == null || r.readings() <= 1
                ? p(r.pMin())
                : p(r.pMin()) + " to " + p(r.pMax()) + " (" + r.readings() + " readings)";
    }

    /** α as typed: 0.1, 0.05. */
    public static String alpha(double alpha) {
        return Format.plain(alpha);
    }

    public static String f(String format, Object... args) {
        return Format.f(format, args);
    }
}
