package org.probation.analytics.subsample;

import java.util.List;
import org.probation.analytics.comparison.ComparisonRow;

/**
 * An inspection's results side by side by sub-sample, and the contrast of two of them.
 *
 * @param filter      the filter as resolved (defaults applied, sub-samples the inspection does not publish replaced)
 * @param inspections every inspection to choose from
 * @param subsamples  the sub-samples this inspection publishes, in their own order
 * @param standards   the standards with results at the filter's level
 * @param figures     every result at the filter's level and standard, question by question, sub-sample by sub-sample
 * @param contrast    sub-sample A against B (A − B) for every question both publish, at the filter's level and standard
 * @param alpha       the significance level of the contrast
 * @param note        why the filter was changed or what to keep in mind when reading the contrast, or null
 */
public record SubsampleProfile(
        SubsampleFilter filter,
        List<Choice> inspections,
        List<Choice> subsamples,
        List<Choice> standards,
        List<SubsampleFigure> figures,
        List<ComparisonRow> contrast,
        double alpha,
        String note) {

    /** A value to choose and how it reads. */
    public record Choice(String code, String label) {}
}
