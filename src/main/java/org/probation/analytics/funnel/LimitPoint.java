package org.probation.analytics.funnel;

/** The funnel's limits at one sample size n, in percent: the curves are drawn through these. */
public record LimitPoint(double n, double lower90, double upper90, double lower99_8, double upper99_8) {}
