package org.probation.analytics.changes;

import java.util.ArrayList;
import java.util.List;
import org.probation.analytics.comparison.ComparisonRow;
import org.probation.analytics.comparison.ComparisonService;
import org.probation.analytics.comparison.PairComparison;

/**
 * Every change between successive inspections of a provider (or its predecessor), each pair
 * compared as {@link ComparisonService#inspections} compares two inspections; kept are the
 * changes significant under every consistent count or under some, with what was looked at.
 */
final class ChangeFinder {

    private ChangeFinder() {}

    static ChangeReport find(List<PairComparison> pairs, double alpha) {
        List<Change> changes = new ArrayList<>();
        int rows = 0;
        int tested = 0;
        int approximate = 0;
        int depends = 0;
        Integer smallest = null;
        Integer largest = null;
        for (PairComparison pair : pairs) {
            for (ComparisonRow r : pair.rows()) {
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
                    changes.add(new Change(
                            pair.before().id(),
                            pair.before().provider(),
                            pair.after().id(),
                            pair.after().provider(),
                            r));
                }
            }
        }
        return new ChangeReport(
                alpha,
                pairs.stream()
                        .map(p -> p.before().id() + " → " + p.after().id())
                        .toList(),
                rows,
                tested,
                approximate,
                smallest,
                largest,
                depends,
                List.copyOf(changes));
    }
}
