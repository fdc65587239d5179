package org.probation.analytics.funnel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.probation.analytics.base.Format;
import org.probation.analytics.stats.FunnelLimits;

/** The funnel's "show working": the pooled mean's x/n, the limit formula and α, and which counts are estimates. */
final class FunnelWorking {

    private FunnelWorking() {}

    static List<String> describe(
            FunnelFramework framework, FunnelQuestion question, List<FunnelPoint> points, FunnelLimits limits) {
        List<String> text = new ArrayList<>();
        List<FunnelPoint> plotted = points.stream().filter(FunnelPoint::plotted).toList();
        text.add("Question " + question.code() + " \"" + question.text() + "\", all cases, in every inspection of the "
                + framework.name() + ": each provider's percent 100·x/n is plotted against its number of cases n.");
        if (limits == null) {
            text.add("No inspection has a known count for this question, so nothing is plotted.");
        } else {
            text.add("Pooled mean p0 = Σx / Σn = (" + join(plotted, FunnelPoint::x, " + ") + ") / ("
                    + join(plotted, FunnelPoint::n, " + ")
                    + ") = " + limits.x() + "/" + limits.n() + " = " + pct(100 * limits.target())
                    + ", over the " + plotted.size() + " provider(s) plotted.");
            text.add("Limits at a sample size n: p0 ± z·√(p0(1 − p0)/n), clipped to 0–100%. The 90% limits use z = "
                    + FunnelLimits.Z_90 + " (two-sided α = 0.10, the inspectorate's significance level); the 99.8% "
                    + "limits use z = " + FunnelLimits.Z_99_8 + " (two-sided α = 0.002). The curves are drawn from the "
                    + "smallest to the largest n plotted. A provider outside the 90% limits differs from the pooled "
                    + "mean at α = 0.1; outside the 99.8% limits, at α = 0.002.");
            plotted.forEach(p -> text.add(p.label() + ": " + p.countLabel() + " = " + pct(p.percent())
                    + "; at n = " + p.n() + " the 90% limits are " + pct(p.lower90()) + " to " + pct(p.upper90())
                    + " and the 99.8% limits " + pct(p.lower99_8()) + " to " + pct(p.upper99_8()) + ": "
                    + p.position() + "."));
        }
        List<FunnelPoint> estimated =
                points.stream().filter(FunnelPoint::estimated).toList();
        text.add(
                estimated.isEmpty()
                        ? "Every count plotted is stated in its report."
                        : "Estimated counts (hollow symbols, '≈' in the table): "
                                + estimated.stream()
                                        .map(p -> p.label() + " " + p.countLabel())
                                        .collect(Collectors.joining(", "))
                                + ". The report prints only a "
                                + "rounded percent; the loader found the whole counts consistent with every printed figure of "
                                + "the question (see the inspection's page for the basis), so their position is approximate.");
        List<FunnelPoint> unknown = points.stream().filter(p -> !p.plotted()).toList();
        if (!unknown.isEmpty()) {
            text.add("Not plotted, count unknown (no whole counts fit the printed figures, or no sample size is "
                    + "printed): "
                    + unknown.stream()
                            .map(p -> p.label() + " (" + pct(p.percentPrinted()) + " printed)")
                            .collect(Collectors.joining(", "))
                    + ".");
        }
        text.add("Caveats: with few providers the pooled mean is itself uncertain, and each provider is part of its "
                + "own target; cases are clustered by practitioner, so the real spread is wider than these binomial "
                + "limits and more providers fall outside them than α suggests.");
        return text;
    }

    /** The same limits in R, from the plotted counts. */
    static String rSnippet(List<FunnelPoint> points) {
        List<FunnelPoint> plotted = points.stream().filter(FunnelPoint::plotted).toList();
        return "x <- c(" + join(plotted, FunnelPoint::x, ", ") + "); n <- c(" + join(plotted, FunnelPoint::n, ", ")
                + ")\n"
                + "p0 <- sum(x) / sum(n)\n"
                + "limits <- function(n, z) pmin(pmax(p0 + outer(z * sqrt(p0 * (1 - p0) / n), c(-1, 1)), 0), 1)\n"
                + "cbind(n, p = x / n, limits(n, " + FunnelLimits.Z_90 + "), limits(n, " + FunnelLimits.Z_99_8 + "))";
    }

    private static String join(List<FunnelPoint> points, Function<FunnelPoint, Integer> value, String separator) {
        return points.stream().map(p -> String.valueOf(value.apply(p))).collect(Collectors.joining(separator));
    }

    static String pct(double percent) {
        return Format.percent(percent);
    }
}
