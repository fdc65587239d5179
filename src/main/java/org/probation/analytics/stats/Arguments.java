package org.probation.analytics.stats;

/** Argument checks with messages that name the argument and its value. */
final class Arguments {

    private Arguments() {}

    /** A sample size must be at least 1. */
    static void size(String name, int n) {
        if (n <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + n);
        }
    }

    /** A count must be in {@code [0, n]} of a positive sample size. */
    static void count(String xName, int x, String nName, int n) {
        size(nName, n);
        if (x < 0) {
            throw new IllegalArgumentException(xName + " must not be negative, was " + x);
        }
        if (x > n) {
            throw new IllegalArgumentException(xName + " = " + x + " exceeds " + nName + " = " + n);
        }
    }

    /** A probability such as alpha, a level or power must be strictly between 0 and 1. */
    static void openUnit(String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1), was " + format(value));
        }
    }

    /** A value such as a p-value must be in {@code [0, 1]}. */
    static void closedUnit(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], was " + format(value));
        }
    }

    /** A double as a person writes it: {@code 0} not {@code 0.0}, {@code 1.5}, {@code NaN}. */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
