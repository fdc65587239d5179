package org.probation.analytics.funnel;

import java.util.List;

/**
 * A funnel plot of one question: every inspection of the framework (plotted where its count is
 * known), the pooled mean x/n of those plotted with the 90% and 99.8% limit curves around it, and
 * the working that explains them. The pooled figures are null when no count is known.
 */
public record Funnel(
        FunnelFramework framework,
        FunnelQuestion question,
        List<FunnelPoint> points,
        Long pooledX,
        Long pooledN,
        Double pooledPercent,
        List<LimitPoint> curve,
        List<String> working,
        String rSnippet) {

    public List<FunnelPoint> plotted() {
        return points.stream().filter(FunnelPoint::plotted).toList();
    }

    public long estimatedCount() {
        return points.stream().filter(FunnelPoint::estimated).count();
    }

    public long unknownCount() {
        return points.stream().filter(p -> !p.plotted()).count();
    }
}
