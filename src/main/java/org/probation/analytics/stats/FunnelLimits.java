package org.probation.analytics.stats;

/**
 * The control limits of a funnel plot for proportions (Spiegelhalter, "Funnel plots for comparing
 * institutional performance", Statistics in Medicine 24, 2005): every provider's x/n plotted against
 * its sample size n, with limits around the pooled proportion that narrow as n grows.
 *
 * <p>The target is the pooled proportion of the providers plotted,
 * <pre>  p0 = Σx / Σn</pre>
 * and the limits at a sample size n are the normal approximation to a binomial(n, p0) proportion:
 * <pre>  p0 ± z √(p0(1 − p0) / n), clipped to [0, 1]</pre>
 * with z = {@value #Z_90} for the 90% limits (two-sided α = 0.1, the inspectorate's significance
 * level) and z = {@value #Z_99_8} for the 99.8% limits (two-sided α = 0.002). A provider whose
 * proportion lies outside a limit at its own n differs from the pooled mean by more than chance
 * would explain at that level; a point exactly on a limit counts as inside.
 *
 * <p>Caveats: the pooled mean includes every provider plotted (each is part of its own target),
 * and with few providers it is itself uncertain; the normal approximation is rough where n·p0 or
 * n·(1 − p0) is below 5; cases are clustered by practitioner, so the true spread is wider than the
 * binomial limits (over-dispersion) and more providers fall outside them than α suggests.
 *
 * @param x the pooled count Σx, 0 ≤ x ≤ n
 * @param n the pooled sample size Σn, n ≥ 1
 */
public record FunnelLimits(long x, long n) {

    /** The standard normal quantile of the 90% limits, Φ⁻¹(0.95) to three decimals. */
    public static final double Z_90 = 1.645;
    /** The standard normal quantile of the 99.8% limits, Φ⁻¹(0.999) to two decimals. */
    public static final double Z_99_8 = 3.09;

    /** Where a proportion lies against the limits at its own sample size. */
    public enum Position {
        BELOW_99_8("below the 99.8% limit"),
        BELOW_90("below the 90% limit"),
        WITHIN("within the 90% limits"),
        ABOVE_90("above the 90% limit"),
        ABOVE_99_8("above the 99.8% limit");

        private final String description;

        Position(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }

        /** True when outside the 90% limits (which includes outside the 99.8% limits). */
        public boolean outside90() {
            return this != WITHIN;
        }

        public boolean outside99_8() {
            return this == BELOW_99_8 || this == ABOVE_99_8;
        }
    }

    /**
     * Checks the pooled counts.
     *
     * @throws IllegalArgumentException if n &lt; 1 or x is outside [0, n]
     */
    public FunnelLimits {
        if (n < 1) {
            throw new IllegalArgumentException("n must be positive, was " + n);
        }
        if (x < 0 || x > n) {
            throw new IllegalArgumentException("x must be within [0, n = " + n + "], was " + x);
        }
    }

    /** The pooled proportion p0 = Σx / Σn, the funnel's centre line. */
    public double target() {
        return (double) x / n;
    }

    /**
     * The limits at sample size {@code size}: p0 ± z √(p0(1 − p0) / size), clipped to [0, 1].
     *
     * @param size the sample size, positive (a real number, so the limits can be drawn as curves)
     * @param z    the normal quantile, for example {@link #Z_90} or {@link #Z_99_8}
     * @throws IllegalArgumentException if size or z is not positive
     */
    public Interval at(double size, double z) {
        if (!(size > 0) || !(z > 0)) {
            throw new IllegalArgumentException(
                    "size and z must be positive, were " + Arguments.format(size) + " and " + Arguments.format(z));
        }
        double p0 = target();
        double half = z * Math.sqrt(p0 * (1 - p0) / size);
        return new Interval(Math.max(0, p0 - half), Math.min(1, p0 + half));
    }

    /**
     * Where a provider's proportion xi/ni lies against the 90% and 99.8% limits at ni.
     *
     * @throws IllegalArgumentException if ni &lt; 1 or xi is outside [0, ni]
     */
    public Position position(int xi, int ni) {
        Arguments.count("x", xi, "n", ni);
        double p = (double) xi / ni;
        Interval wide = at(ni, Z_99_8);
        Interval narrow = at(ni, Z_90);
        if (p < wide.low()) {
            return Position.BELOW_99_8;
        }
        if (p > wide.high()) {
            return Position.ABOVE_99_8;
        }
        if (p < narrow.low()) {
            return Position.BELOW_90;
        }
        return p > narrow.high() ? Position.ABOVE_90 : Position.WITHIN;
    }
}
