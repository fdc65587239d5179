package org.probation.analytics.stats;

/** The test that produced a result's official "significant" flag. */
public enum TestUsed {
    /** The pooled two-proportion z-test: a normal approximation. */
    POOLED_Z,
    /** The one-sample score z-test of a count against a fixed proportion: a normal approximation. */
    SCORE_Z,
    /** Fisher's exact test. The official flag never comes from it; it is shown beside the z-test's. */
    FISHER_EXACT,
    /** Not tested: the samples are too small or have no variation (see the result's reason). */
    NONE
}
