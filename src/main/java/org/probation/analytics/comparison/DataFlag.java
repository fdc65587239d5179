package org.probation.analytics.comparison;

/**
 * A data-quality flag on a figure a comparison compares, as the load raised it: the question (or
 * what else it concerns), the sub-sample (null when it concerns them all), the rule, the reason
 * and where in the source.
 */
public record DataFlag(String item, String subsample, String rule, String reason, String source) {}
