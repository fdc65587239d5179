package org.probation.analytics.comparison;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every change between successive inspections of a provider (or its predecessor), each pair
 * compared as {@link ComparisonService#inspections} compares two inspections, from one query of
 * all pairs' counts; kept are the changes significant under every consistent count or under some.
 */
final class ChangeFinder {

    private ChangeFinder() {}

    static ChangeReport find(ComparisonLookups lookups, BulkComparisonRepository bulk, double alpha) {
        Map<String, InspectionChoice> choices = new HashMap<>();
        lookups.inspectionChoices().forEach(i -> choices.put(i.id(), i));
        Map<String, List<PairedCounts>> counts = new HashMap<>();
        bulk.allChanges().forEach(p -> counts.put(p.before() + "\n" + p.after(), p.rows()));
        List<String[]> pairs = lookups.changePairs();
        // the pairs' statistics are independent: computed on every core, then read in order
        List<List<ComparisonRow>> compared = pairs.parallelStream()
                .map(pair -> ComparisonStatistics.withStatistics(counts.getOrDefault(pair[0] + "\n" + pair[1], List.of()),
                        alpha, ComparisonService.betweenInspections(choices.get(pair[0]).framework(), choices.get(pair[1]).framework()),
                        Direction.AFTER_MINUS_BEFORE))
                .toList();
        List<Change> changes = new ArrayList<>();
        int rows = 0;
        int tested = 0;
        int approximate = 0;
        int depends = 0;
        Integer smallest = null;
        Integer largest = null;
        for (int i = 0; i < pairs.size(); i++) {
            String[] pair = pairs.get(i);
            for (ComparisonRow r : compared.get(i)) {
                rows++;
                if (r.p() != null) {
                    tested++;
                    approximate += r.approximate() ? 1 : 0;
                    int low = Math.min(r.nA(), r.nB());
                    int high = Math.max(r.nA(), r.nB());
                    smallest = smallest == null ? low : Math.min(smallest, low);
                    largest = largest == null ? high : Math.max(largest, high);
                }
                depends += r.depends() ? 1 : 0;
                if (r.significant() || r.depends()) {
                    changes.add(new Change(pair[0], choices.get(pair[0]).provider(), pair[1], choices.get(pair[1]).provider(), r));
                }
            }
        }
        return new ChangeReport(alpha, pairs.stream().map(p -> p[0] + " → " + p[1]).toList(), rows, tested, approximate,
                smallest, largest, depends, List.copyOf(changes));
    }
}
