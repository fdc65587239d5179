package org.probation.analytics.inspection;

import java.util.List;
import java.util.Optional;
import org.probation.analytics.comparison.ComparisonException;
import org.probation.analytics.comparison.ComparisonService;
import org.probation.analytics.inspection.InspectionPage.Benchmark;
import org.probation.analytics.inspection.InspectionPage.KeyQuestions;
import org.probation.analytics.inspection.InspectionPage.Previous;
import org.probation.analytics.rating.RatingService;
import org.springframework.stereotype.Service;

/** An inspection's page: what it shows, gathered from the inspection, rating and comparison services. */
@Service
public class InspectionPages {

    /** The benchmarks the page links to, in the order it lists them. */
    private static final List<String> LINKED_BENCHMARKS = List.of("national", "region");
    /** The charted intervals: 90%. */
    private static final double ALPHA = 0.1;

    private final InspectionService inspections;
    private final RatingService ratings;
    private final ComparisonService comparisons;

    InspectionPages(InspectionService inspections, RatingService ratings, ComparisonService comparisons) {
        this.inspections = inspections;
        this.ratings = ratings;
        this.comparisons = comparisons;
    }

    /** Everything the page of inspection {@code id} shows, its key questions against {@code benchmark}; empty if there is no such inspection. */
    public Optional<InspectionPage> page(String id, String benchmark) {
        return inspections
                .inspection(id)
                .map(inspection -> new InspectionPage(
                        inspection,
                        ratings.overall(id).orElse(null),
                        ratings.standards(id).orElse(List.of()),
                        inspections.results(id).orElse(List.of()),
                        inspections.flags(id),
                        comparisons
                                .previousInspection(id)
                                .map(p -> new Previous(p, comparisons.inspectionName(p)))
                                .orElse(null),
                        LINKED_BENCHMARKS.stream()
                                .flatMap(against ->
                                        comparisons
                                                .benchmarkPool(id, against)
                                                .map(pool -> new Benchmark(against, pool))
                                                .stream())
                                .toList(),
                        chart(id, benchmark)));
    }

    /** The key questions always; the benchmark's markers where it has any, else why not. */
    public KeyQuestions chart(String id, String benchmark) {
        try {
            return new KeyQuestions(comparisons.benchmark(id, benchmark, ALPHA), null);
        } catch (ComparisonException e) {
            return new KeyQuestions(comparisons.ownFigures(id), e.getMessage());
        }
    }
}
