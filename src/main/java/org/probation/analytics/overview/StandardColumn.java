package org.probation.analytics.overview;

/** A standard of a framework, a column of the overview. */
public record StandardColumn(String code, String name) {}
