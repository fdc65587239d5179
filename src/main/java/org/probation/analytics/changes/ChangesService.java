package org.probation.analytics.changes;

import java.util.List;
import org.probation.analytics.base.DataVersion;
import org.probation.analytics.base.PerLoad;
import org.probation.analytics.comparison.ComparisonRow;
import org.probation.analytics.comparison.ComparisonService;
import org.springframework.stereotype.Service;

/**
 * The significant changes between successive inspections: the comparison service compares every
 * pair; this feature keeps what changed and reports what was looked at to find it.
 */
@Service
public class ChangesService {

    private final ComparisonService comparisons;
    private final PerLoad<Double, ChangeReport> reports;

    public ChangesService(ComparisonService comparisons, DataVersion version) {
        this.comparisons = comparisons;
        this.reports = new PerLoad<>(version, 4);
    }

    /**
     * Every change between successive inspections significant under every consistent count, or
     * under some (its verdict {@code depends}), each with its inspection pair, and what was
     * compared to find them.
     */
    public ChangeReport changeReport(double alpha) {
        return reports.get(alpha, a -> ChangeFinder.find(comparisons.successivePairs(a), a));
    }

    /**
     * Every change between successive inspections of a provider or of its predecessor that is
     * significant under some count consistent with the printed figures: under every one
     * ({@code significant}) or depending on the reading ({@code verdict} {@code depends}).
     */
    public List<ComparisonRow> changes(double alpha) {
        return changeReport(alpha).changes().stream().map(Change::row).toList();
    }
}
