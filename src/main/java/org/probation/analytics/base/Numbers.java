package org.probation.analytics.base;

import java.util.regex.Pattern;

/**
 * The one rule for a number typed into a URL or a form: ASCII digits, an optional sign, a decimal
 * point and an exponent for decimals; nothing else. Java's own parsers (and Spring's, which reads
 * {@code 0x10} as 16) accept hexadecimal, non-ASCII digits, {@code NaN} and {@code Infinity}: here
 * they are refused with the parameter's name.
 */
public final class Numbers {

    /** At most nine digits: every whole number this app takes fits an int, with room to say it is too large. */
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]{1,9}");

    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(?:[0-9]{1,12}(?:\\.[0-9]{0,17})?|\\.[0-9]{1,17})(?:[eE][+-]?[0-9]{1,3})?");

    private Numbers() {}

    /** A parameter that is not a number by this rule; the API answers it with a 400 naming the parameter. */
    public static final class NotANumber extends IllegalArgumentException {
        NotANumber(String message) {
            super(message);
        }
    }

    /** @throws NotANumber naming {@code name} when {@code text} is not a whole number in digits */
    public static int whole(String name, String text) {
        if (text == null || !WHOLE.matcher(text).matches()) {
            throw new NotANumber(
                    name + " must be a whole number written with the digits 0-9, not '" + shorten(text) + "'");
        }
        return Integer.parseInt(text);
    }

    /** @throws NotANumber naming {@code name} when {@code text} is not a decimal number in digits */
    public static double decimal(String name, String text) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            throw new NotANumber(
                    name + " must be a number written with the digits 0-9 (e.g. 0.1), not '" + shorten(text) + "'");
        }
        return Double.parseDouble(text);
    }

    /** Whether {@code text} is a decimal number by the same rule. */
    public static boolean isDecimal(String text) {
        return text != null && DECIMAL.matcher(text).matches();
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
