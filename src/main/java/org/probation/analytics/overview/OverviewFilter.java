package org.probation.analytics.overview;

/**
 * What the overview shows: one framework (its standards are the columns), optionally narrowed to
 * a region and a provider type (null means every one).
 */
public record OverviewFilter(String framework, String region, String providerType) {}
