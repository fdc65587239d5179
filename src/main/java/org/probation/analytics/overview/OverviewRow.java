package org.probation.analytics.overview;

import java.util.Map;

/** One inspection of the overview: who and when, the overall outcome, and each standard's published rating. */
public record OverviewRow(
        String inspectionId,
        String provider,
        int year,
        String providerType,
        String region,
        String overallRating,
        String score,
        Map<String, PublishedRating> ratings) {

    /** The row's label on the heatmap: "Somerset 2023". */
    public String label() {
        return provider + " " + year;
    }

    /** The published rating of a standard, or null where the report publishes none. */
    public String rating(String standardCode) {
        PublishedRating r = ratings.get(standardCode);
        return r == null ? null : r.rating();
    }
}
