package org.probation.analytics.changes;

import java.util.List;
import org.probation.analytics.comparison.Adjustment;

/**
 * Every change between successive inspections at α that is significant under every count
 * consistent with the printed figures, or under some of them ({@code depends} of them: their
 * row's verdict is {@code depends}), with what was looked at to find them: the inspection pairs,
 * the questions compared, how many could be tested, how many of those rest on estimated counts,
 * and the range of the tested samples' sizes (null when none was tested).
 */
public record ChangeReport(
        double alpha,
        List<String> pairs,
        int compared,
        int tested,
        int approximate,
        Integer smallestN,
        Integer largestN,
        int depends,
        List<Change> changes) {

    /** The changes significant under every consistent count. */
    public List<Change> significant() {
        return changes.stream().filter(c -> c.row().significant()).toList();
    }

    /** Of the significant changes, those that rose (after − before above 0). */
    public long rises() {
        return significant().stream().filter(c -> c.row().diff() > 0).count();
    }

    /** Of the significant changes, those also significant under Benjamini–Hochberg within their pair, at every reading. */
    public long surviveBenjaminiHochberg() {
        return significant().stream()
                .filter(c -> Adjustment.BENJAMINI_HOCHBERG.significant(c.row()))
                .count();
    }
}
