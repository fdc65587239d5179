package org.probation.analytics.inspection;

/** An inspection as the API and imports show it: ids and codes rather than labels. */
public record InspectionJson(
        String id,
        String provider,
        String providerId,
        String providerType,
        String region,
        String framework,
        String fieldworkStart,
        String fieldworkStartPrecision,
        String published,
        Integer score,
        Integer maxScore,
        String overallRating,
        String title) {

    public static InspectionJson of(Inspection i) {
        return new InspectionJson(
                i.id(),
                i.provider(),
                i.providerId(),
                i.providerType().code(),
                i.region(),
                i.framework(),
                i.fieldworkStart().toString(),
                i.fieldworkStartPrecision(),
                i.published().toString(),
                i.score(),
                i.maxScore(),
                i.overallRating(),
                i.title());
    }
}
