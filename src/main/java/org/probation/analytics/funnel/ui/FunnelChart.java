package org.probation.analytics.funnel.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.probation.analytics.base.ui.EChart;
import org.probation.analytics.funnel.Funnel;
import org.probation.analytics.funnel.FunnelPoint;
import org.probation.analytics.funnel.LimitPoint;

/**
 * The funnel plot: percent against n, stated counts as filled and estimated counts as hollow
 * circles, the pooled mean, and the 90% (dashed) and 99.8% (dotted) limits. Seven series always:
 * stated, estimated, pooled mean, then the lower and upper curve of each limit.
 */
class FunnelChart extends EChart {

    private static final String POINT = "#4477AA";
    private static final int LABELLED_POINTS = 15;

    FunnelChart() {
        super("funnel", "Funnel plot: each provider's percent against its number of cases, with 90% and 99.8% limits");
        setId("funnel-chart");
    }

    void show(Funnel funnel) {
        List<FunnelPoint> plotted = funnel.plotted();
        boolean labels = plotted.size() <= LABELLED_POINTS;
        List<Object> stated = new ArrayList<>();
        List<Object> estimated = new ArrayList<>();
        List<LimitPoint> curve = funnel.curve();
        double nMax = curve.isEmpty() ? 0 : curve.getLast().n();
        // labels point away from the limit curves' end labels on the right
        plotted.forEach(p -> (p.estimated() ? estimated : stated)
                .add(point(p, labels, p.n() == nMax && plotted.size() > 1 ? "left" : "right")));
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", Map.of("enabled", true));
        option.put("animation", false);
        option.put(
                "tooltip",
                Map.of(
                        "trigger",
                        "item",
                        "formatter",
                        "{b}",
                        "extraCssText",
                        "max-width: 380px; white-space: normal;"));
        // the lines' legend icons without the circle ECharts draws on them by default
        Map<String, Object> lineIcon = Map.of("opacity", 0);
        option.put(
                "legend",
                Map.of(
                        "top",
                        0,
                        "data",
                        List.of(
                                "Stated count",
                                "Estimated count",
                                Map.of("name", "Pooled mean", "itemStyle", lineIcon),
                                Map.of("name", "90% limits", "itemStyle", lineIcon),
                                Map.of("name", "99.8% limits", "itemStyle", lineIcon))));
        option.put("grid", Map.of("left", 56, "right", 150, "top", 44, "bottom", 56));
        option.put(
                "xAxis",
                Map.of(
                        "type",
                        "value",
                        "name",
                        "n: cases in the sample",
                        "nameLocation",
                        "middle",
                        "nameGap",
                        32,
                        "scale",
                        true,
                        "boundaryGap",
                        List.of("8%", "8%")));
        option.put("yAxis", yAxis(plotted, curve));
        Double mean = funnel.pooledPercent();
        List<Object> meanLine = mean == null || curve.isEmpty()
                ? List.of()
                : List.of(
                        List.of(curve.getFirst().n(), round(mean)),
                        List.of(curve.getLast().n(), round(mean)));
        option.put(
                "series",
                List.of(
                        scatter("Stated count", "circle", stated, Map.of("color", POINT)),
                        scatter("Estimated count", "emptyCircle", estimated, Map.of("color", POINT, "borderWidth", 2)),
                        line(
                                "Pooled mean",
                                meanLine,
                                "solid",
                                "#222222",
                                mean == null ? "" : String.format(Locale.ROOT, "pooled mean %.1f%%", mean)),
                        line("90% limits", curve(curve, LimitPoint::lower90), "dashed", "#EE6677", ""),
                        line("90% limits", curve(curve, LimitPoint::upper90), "dashed", "#EE6677", "90%"),
                        line("99.8% limits", curve(curve, LimitPoint::lower99_8), "dotted", "#AA3377", ""),
                        line("99.8% limits", curve(curve, LimitPoint::upper99_8), "dotted", "#AA3377", "99.8%")));
        setOption(option);
    }

    /** The percent axis: from 0 to 100 at most, zoomed to the points and the 99.8% limits so that the funnel shows. */
    private static Map<String, Object> yAxis(List<FunnelPoint> plotted, List<LimitPoint> curve) {
        double low = Math.min(
                curve.stream().mapToDouble(LimitPoint::lower99_8).min().orElse(0),
                plotted.stream().mapToDouble(FunnelPoint::percent).min().orElse(0));
        double high = Math.max(
                curve.stream().mapToDouble(LimitPoint::upper99_8).max().orElse(100),
                plotted.stream().mapToDouble(FunnelPoint::percent).max().orElse(100));
        return Map.of(
                "type",
                "value",
                "name",
                "% yes",
                "min",
                Math.max(0, Math.floor((low - 5) / 10) * 10),
                "max",
                Math.min(100, Math.ceil((high + 5) / 10) * 10));
    }

    private static Map<String, Object> point(FunnelPoint p, boolean label, String position) {
        String tooltip = p.label() + ": " + p.countLabel() + " = " + round(p.percent()) + "%"
                + (p.estimated() ? " (estimated)" : " (stated)") + ", " + p.position();
        return Map.of(
                "value",
                List.of(p.n(), round(p.percent())),
                "name",
                tooltip,
                "id",
                p.inspectionId(),
                "label",
                Map.of(
                        "show",
                        label,
                        "formatter",
                        p.label() + (p.estimated() ? " (est.)" : ""),
                        "position",
                        position,
                        "color",
                        "#222",
                        "backgroundColor",
                        "rgba(255,255,255,0.85)",
                        "padding",
                        2));
    }

    private static Map<String, Object> scatter(
            String name, String symbol, List<Object> data, Map<String, Object> style) {
        return Map.of(
                "name",
                name,
                "type",
                "scatter",
                "symbol",
                symbol,
                "symbolSize",
                13,
                "data",
                data,
                "itemStyle",
                style,
                "z",
                5,
                "cursor",
                "pointer");
    }

    private static Map<String, Object> line(
            String name, List<Object> data, String dash, String colour, String endLabel) {
        return Map.of(
                "name",
                name,
                "type",
                "line",
                "data",
                data,
                "symbol",
                "none",
                "silent",
                true,
                "color",
                colour,
                "lineStyle",
                Map.of("type", dash, "width", 2, "color", colour),
                "endLabel",
                Map.of("show", !endLabel.isEmpty(), "formatter", endLabel, "color", colour),
                "tooltip",
                Map.of("show", false));
    }

    private static List<Object> curve(List<LimitPoint> curve, ToDoubleFunction<LimitPoint> limit) {
        return curve.stream()
                .<Object>map(c -> List.of(round(c.n()), round(limit.applyAsDouble(c))))
                .toList();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
