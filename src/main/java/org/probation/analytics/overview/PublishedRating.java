package org.probation.analytics.overview;

/**
 * A standard's rating as an inspection report publishes it: one cell of the overview, one row of
 * its CSV. {@code ratingPrinted} keeps any footnote mark the report prints beside the word.
 */
public record PublishedRating(
        String inspectionId,
        String provider,
        int year,
        String region,
        String providerType,
        String standardCode,
        String standard,
        String rating,
        String ratingPrinted,
        String source) {}
