package org.probation.analytics.base;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How the app writes a number in text: the one set of formatters every view, working text and R
 * snippet uses (UK locale: a point for decimals, no grouping), so a figure reads the same everywhere.
 */
public final class Format {

    private Format() {}

    /** {@link String#format} in the UK locale. */
    public static String f(String format, Object... args) {
        return String.format(Locale.UK, format, args);
    }

    /** A whole number without decimals ("12"), else as Java writes the double ("12.5"): counts and printed percents. */
    public static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** A whole number without decimals ("12"), else to one decimal ("12.5"): chart labels. */
    public static String trimToOneDecimal(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : f("%.1f", value);
    }

    /** A level or α as typed: 0.1, 0.05 (no trailing zeros, no exponent). */
    public static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A percent to one decimal: "55.9%". */
    public static String percent(double percent) {
        return f("%.1f%%", percent);
    }

    /** "64%" or "55.9%": whole percents as printed, others to one decimal; "—" for none. */
    public static String pct(Double percent) {
        if (percent == null) {
            return "—";
        }
        return Math.abs(percent - Math.rint(percent)) < 1e-9 ? f("%.0f%%", percent) : f("%.1f%%", percent);
    }
}
