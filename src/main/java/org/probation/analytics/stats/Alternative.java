package org.probation.analytics.stats;

/**
 * The alternative hypothesis of a test, read with the first sample (or the observed proportion of
 * a one-sample test) on the left: {@code GREATER} means p1 &gt; p2 (or p̂ &gt; p0).
 *
 * <p>With a z statistic and Φ the standard normal distribution function, the p-values are
 * {@code TWO_SIDED}: 2 Φ(−|z|); {@code GREATER}: Φ(−z) = 1 − Φ(z); {@code LESS}: Φ(z), as R's
 * {@code prop.test(..., alternative = "two.sided" | "greater" | "less")}.
 */
public enum Alternative {
    /** p1 ≠ p2: the inspectorate's default. */
    TWO_SIDED,
    /** p1 &gt; p2. */
    GREATER,
    /** p1 &lt; p2. */
    LESS
}
