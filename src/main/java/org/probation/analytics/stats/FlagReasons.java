package org.probation.analytics.stats;

import java.math.BigDecimal;
import java.util.Locale;

/** The plain-English reasons a result gives for its flag. */
final class FlagReasons {

    static final String TOO_FEW = "fewer than 5 cases in a sample";
    static final String TOO_FEW_ONE_SAMPLE = "fewer than 5 cases in the sample";
    static final String NO_VARIATION = "every case answered the same way: no variation to test";
    static final String UNCERTAIN =
            "expected count below 5: the z-test approximation is weak; Fisher's exact p shown beside it";
    static final String APPROXIMATE =
            "approximate: the counts are estimated (not stated in the source), so every figure is approximate";

    private FlagReasons() {}

    static String notTested(String reason, boolean approximate) {
        return "Not tested, so not flagged: " + reason + "."
                + (approximate ? " " + capitalised(APPROXIMATE) + "." : "");
    }

    static String tested(
            Alternative alternative,
            double p,
            double alpha,
            boolean significant,
            boolean uncertain,
            double fisherP,
            boolean approximate) {
        StringBuilder reason = new StringBuilder("Pooled two-proportion z-test (")
                .append(sides(alternative))
                .append("): p = ")
                .append(number(p))
                .append(significant ? " is below" : " is not below")
                .append(" alpha = ")
                .append(plain(alpha))
                .append(
                        significant
                                ? ", so the difference is significant."
                                : ", so the difference is not significant.");
        if (uncertain) {
            reason.append(" Uncertain: ")
                    .append(UNCERTAIN)
                    .append(" (Fisher p = ")
                    .append(number(fisherP))
                    .append(").");
        }
        if (approximate) {
            reason.append(" ").append(capitalised(APPROXIMATE)).append(".");
        }
        return reason.toString();
    }

    static String sides(Alternative alternative) {
        return switch (alternative) {
            case TWO_SIDED -> "two-sided";
            case GREATER -> "one-sided, first greater";
            case LESS -> "one-sided, first less";
        };
    }

    /** Four significant digits, as a person reads a p-value. */
    static String number(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
