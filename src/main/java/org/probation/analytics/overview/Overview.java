package org.probation.analytics.overview;

import java.util.List;

/**
 * The published ratings of one framework's inspections: the rated standards (the columns), the
 * inspections matching the filter (the rows), and every rating as a flat list for export.
 */
public record Overview(
        Choice framework,
        List<StandardColumn> standards,
        List<StandardColumn> unratedStandards,
        List<OverviewRow> rows,
        List<PublishedRating> ratings) {}
