package org.probation.analytics.rating;

/**
 * An inspection's overall score and rating computed from its published standard ratings, beside
 * the published ones. {@code bandsSource} says where the score bands come from (stated or inferred).
 */
public record OverallCheck(
        String inspectionId,
        int computedScore,
        int maxScore,
        String computedRating,
        Integer publishedScore,
        String publishedRating,
        boolean scoreMatches,
        boolean ratingMatches,
        String bands,
        String bandsSource) {}
