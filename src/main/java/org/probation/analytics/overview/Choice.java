package org.probation.analytics.overview;

/** One option of a filter: the code the URL carries and the label a person reads. */
public record Choice(String code, String label) {}
