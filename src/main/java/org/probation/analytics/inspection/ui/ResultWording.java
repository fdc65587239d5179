package org.probation.analytics.inspection.ui;

import java.util.List;
import org.probation.analytics.inspection.QualityFlag;
import org.probation.analytics.inspection.ResultNode;
import org.probation.analytics.rating.OverallCheck;
import org.probation.analytics.rating.StandardRatingCheck;

/** How the inspection page words a result's detail and a rating's distance to its band edge. */
final class ResultWording {

    private ResultWording() {}

    /** The published overall score and rating beside the ones the standard ratings give, or why there is none. */
    static String overall(OverallCheck o) {
        String published = o.publishedRating() == null ? "no overall rating printed" : o.publishedRating();
        if (!o.scored()) {
            return "This framework publishes no overall score (frameworks.csv leaves its max_score empty); published: "
                    + published + ".";
        }
        return "Published "
                + (o.publishedScore() == null
                        ? "score not printed"
                        : "score " + o.publishedScore() + "/" + o.maxScore())
                + ", " + published + ". From the published standard ratings: " + o.computedScore() + "/"
                + o.maxScore() + " = " + o.computedRating()
                + (Boolean.TRUE.equals(o.ratingMatches()) && Boolean.TRUE.equals(o.scoreMatches())
                        ? " (agrees)."
                        : " (DIFFERS).")
                + " Bands " + o.bands() + " — " + o.bandsSource();
    }

    /** Where each figure of a result is printed, with its count, estimate basis and flags. */
    static String describe(ResultNode node, List<QualityFlag> flags) {
        StringBuilder s = new StringBuilder(node.code() + " " + node.question() + "\n");
        node.bySubsample()
                .forEach((subsample, printed) -> printed.forEach(r -> s.append("  ")
                        .append(subsample)
                        .append(": ")
                        .append(r.percentPrinted() == null ? r.percent() + "% from counts" : r.percentPrinted())
                        .append(" · ")
                        .append(r.countLabel())
                        .append(r.estimateBasis() == null ? "" : " (estimate: " + r.estimateBasis() + ")")
                        .append(
                                r.estimateReadings() == null
                                        ? ""
                                        : " · consistent counts: " + consistent(r.estimateReadings()))
                        .append(" · ")
                        .append(r.section())
                        .append(" · ")
                        .append(r.source())
                        .append(r.marker() == null ? "" : " · marker " + r.marker() + ": " + r.markerMeaning())
                        .append('\n')));
        flags.forEach(f -> s.append("  flag (")
                .append(f.rule())
                .append("): ")
                .append(f.reason())
                .append('\n'));
        return s.toString();
    }

    /** "5 pp down to Inadequate; 2 case(s) (stated n)": the points and the cases of the same edge. */
    static String edge(StandardRatingCheck c) {
        if (c.edgeDistancePoints() == null) {
            return "";
        }
        String points = c.edgeDistancePoints() == 0
                ? "on the edge: any fall is " + c.edgeBand()
                : String.format(
                        java.util.Locale.UK,
                        "%.0f pp %s to %s",
                        c.edgeDistancePoints(),
                        c.edgeDirection(),
                        c.edgeBand());
        return points
                + (c.edgeDistanceCases() == null
                        ? "; cases unknown"
                        : "; " + c.edgeDistanceCases() + " case(s) ("
                                + c.denominatorKind().code() + " n)");
    }

    /** The distinct counts of a list 'x/n x/n ...', the first 12 of them. */
    static String consistent(String readings) {
        List<String> distinct =
                java.util.Arrays.stream(readings.split(" ")).distinct().toList();
        return String.join(", ", distinct.subList(0, Math.min(12, distinct.size())))
                + (distinct.size() > 12 ? " … and " + (distinct.size() - 12) + " more" : "");
    }

    /** "Markers, as the report's legend states them: ** Questions marked ** …" over the results shown, or "". */
    static String markerLegend(List<org.probation.analytics.inspection.ResultRow> rows) {
        java.util.Map<String, String> meanings = new java.util.TreeMap<>();
        rows.stream()
                .filter(r -> r.marker() != null && !r.marker().isBlank())
                .forEach(r -> meanings.putIfAbsent(
                        r.marker(),
                        r.markerMeaning() == null || r.markerMeaning().isBlank()
                                ? "no legend printed: read as relevant cases only"
                                : r.markerMeaning()));
        return meanings.isEmpty()
                ? ""
                : "Markers, as the report's legend states them: "
                        + meanings.entrySet().stream()
                                .map(e -> e.getKey() + " " + e.getValue())
                                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** The badge beside a published rating: "follows the rule", "discretion" (departs from it), "rule not applied". */
    static String discretionBadge(StandardRatingCheck c) {
        return c.discretion() == null ? "rule not applied" : c.discretion() ? "discretion" : "follows the rule";
    }

    /** The badge's colours, written out so that they hold whichever Lumo styles are loaded. */
    static String discretionStyle(StandardRatingCheck c) {
        String colours = c.discretion() == null
                ? "background:#ececec;color:#333"
                : c.discretion() ? "background:#fbe4df;color:#8a1f08" : "background:#e1efe6;color:#1d5c33";
        return colours + ";border-radius:0.75em;padding:0 0.5em;font-size:0.8125rem;white-space:nowrap";
    }
}
