package org.probation.analytics.comparison;

/** The two sides of one question in a comparison, before any statistics. */
public record PairedCounts(String questionCode, String question, String level, Counts a, Counts b) {}
