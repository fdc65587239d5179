package org.probation.analytics.inspection;

import java.util.List;
import org.probation.analytics.comparison.ComparisonRow;
import org.probation.analytics.comparison.Pool;
import org.probation.analytics.rating.OverallCheck;
import org.probation.analytics.rating.StandardRatingCheck;

/**
 * Everything an inspection's page shows, read in one call ({@link InspectionPages#page}).
 *
 * @param overall    the overall score and rating checked against the framework's bands, or null if none
 * @param ratings    each standard's published rating and the rule's
 * @param results    every result, in question, sub-sample and printing order
 * @param flags      its data-quality flags
 * @param previous   the inspection whose changes since are offered, or null when there is none
 * @param benchmarks who the national and the regional benchmark pool, in that order (one without a pool left out)
 * @param chart      the key questions against the benchmark asked for
 */
public record InspectionPage(
        Inspection inspection,
        OverallCheck overall,
        List<StandardRatingCheck> ratings,
        List<ResultRow> results,
        List<QualityFlag> flags,
        Previous previous,
        List<Benchmark> benchmarks,
        KeyQuestions chart) {

    /** The inspection compared with this one to show its changes, and its display name. */
    public record Previous(String id, String name) {}

    /** A benchmark ({@code national}, {@code region}) and who it pools (possibly nobody). */
    public record Benchmark(String against, Pool pool) {}

    /**
     * The key questions charted: with the benchmark's markers, or, when it has nothing to offer,
     * the inspection's own figures and {@code noMarker}, why not (else null).
     */
    public record KeyQuestions(List<ComparisonRow> rows, String noMarker) {}
}
