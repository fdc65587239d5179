package org.probation.analytics.rating;

/**
 * An inspection's overall score and rating computed from its published standard ratings, beside
 * the published ones. {@code bandsSource} says where the score bands come from (stated or inferred).
 * A framework that publishes no overall score ({@code scored} false, its {@code max_score} empty in
 * {@code frameworks.csv}) has no computed score, bands or matches: those fields are null.
 */
public record OverallCheck(
        String inspectionId,
        boolean scored,
        Integer computedScore,
        Integer maxScore,
        String computedRating,
        Integer publishedScore,
        String publishedRating,
        Boolean scoreMatches,
        Boolean ratingMatches,
        String bands,
        String bandsSource) {}
