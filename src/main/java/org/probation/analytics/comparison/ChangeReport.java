package org.probation.analytics.comparison;

import java.util.List;

/**
 * Every significant change between successive inspections at α, with what was looked at to find
 * them: the inspection pairs, the questions compared, how many could be tested, how many of those
 * rest on estimated counts, and the range of the tested samples' sizes (null when none was tested).
 */
public record ChangeReport(double alpha, List<String> pairs, int compared, int tested, int approximate,
        Integer smallestN, Integer largestN, List<Change> changes) {}
