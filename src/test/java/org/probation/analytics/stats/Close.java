package org.probation.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;

/** The agreement the reference tests require: relative 1e-9, or absolute 1e-12 near 0. */
final class Close {

    static final double RELATIVE = 1e-9;
    static final double ABSOLUTE = 1e-12;

    private Close() {}

    static void check(String what, double expected, double actual) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as(what + " (R gives NA)").isNaN();
            return;
        }
        double allowed = Math.max(RELATIVE * Math.abs(expected), ABSOLUTE);
        assertThat(Math.abs(actual - expected))
                .as("%s: Java %s, R %s", what, actual, expected)
                .isLessThanOrEqualTo(allowed);
    }

    static void check(String what, double expectedLow, double expectedHigh, Interval actual) {
        check(what + " low", expectedLow, actual.low());
        check(what + " high", expectedHigh, actual.high());
    }
}
