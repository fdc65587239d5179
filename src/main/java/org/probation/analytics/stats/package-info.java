/**
 * The statistics every comparison in the product uses: the inspectorate's pooled two-proportion
 * z-test (the official "significant" flag), Wilson and Newcombe intervals, Fisher's exact test,
 * Cohen's h, the minimum detectable difference, a one-sample score test against a benchmark, and
 * multiple-comparison adjustments.
 *
 * <p>Pure Java: depends only on the JDK and commons-math3 (for the normal and hypergeometric
 * distributions), nothing of the application, Spring, jOOQ or Vaadin. Tests are configured as
 * immutable records ({@code TwoProportionTest.withDefaults().withAlpha(0.05)}) and return one typed
 * result record each. Every figure is checked against R (see {@code src/test/resources/stats/reference.R}).
 *
 * <p>Every method rejects invalid input (a count above its sample size, a negative count, an empty
 * sample, NaN, a probability outside its range) with an {@link java.lang.IllegalArgumentException}
 * whose message names the argument and its value, for example {@code "x1 = 7 exceeds n1 = 5"}.
 */
package org.probation.analytics.stats;
