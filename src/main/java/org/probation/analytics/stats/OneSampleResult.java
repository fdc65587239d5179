package org.probation.analytics.stats;

/**
 * The result of a {@link OneSampleTest} of x/n against a benchmark p0.
 *
 * @param x               the "yes" count
 * @param n               the number of cases
 * @param p0              the benchmark proportion
 * @param pHat            x / n
 * @param z               the score statistic (p̂ − p0) / √(p0(1 − p0)/n), or null when not tested
 * @param p               its p-value under the test's alternative, or null when not tested
 * @param significant     tested and p &lt; alpha (strictly)
 * @param test            {@link TestUsed#SCORE_Z} (the score test), or {@link TestUsed#NONE} when not tested
 * @param notTestedReason why the sample was not tested ("fewer than 5 cases in the sample"), or null
 * @param ci              the Wilson interval of the proportion at the test's level (given even when not tested)
 * @param alpha           the significance level the flag used
 */
public record OneSampleResult(
        int x,
        int n,
        double p0,
        double pHat,
        Double z,
        Double p,
        boolean significant,
        TestUsed test,
        String notTestedReason,
        Interval ci,
        double alpha) {}
