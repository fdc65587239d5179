package org.probation.analytics.calculator;

/**
 * The two-proportion calculator's answer: every figure of the inspectorate's test and of the
 * checks beside it, the interval level and α used, a plain-English working and an R snippet that
 * reproduces it. Differences are A − B in proportions (0.12 = 12 percentage points).
 */
public record Calculation(
        int x1,
        int n1,
        int x2,
        int n2,
        double alpha,
        double level,
        double p1,
        double p2,
        double diff,
        Double z,
        Double p,
        boolean significant,
        String test,
        String notTestedReason,
        boolean uncertain,
        double ciLowA,
        double ciHighA,
        double ciLowB,
        double ciHighB,
        double diffCiLow,
        double diffCiHigh,
        Double fisherP,
        double h,
        Double mdd,
        String flagReason,
        String working,
        String rSnippet) {}
