package org.probation.analytics.comparison;

/** A region with at least one inspected provider under a framework: what a comparison of two regions can use. */
public record RegionChoice(String framework, String frameworkName, String regionId, String regionName) {}
