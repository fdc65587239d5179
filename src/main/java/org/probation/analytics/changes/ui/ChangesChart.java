package org.probation.analytics.changes.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.probation.analytics.base.ui.EChart;
import org.probation.analytics.changes.Change;
import org.probation.analytics.comparison.Figures;
import org.probation.analytics.comparison.ui.DifferenceChart;
import org.probation.analytics.comparison.ui.Polarity;

/**
 * Each change as a dot (after − before, points) with its 90% Newcombe interval, one line per
 * inspection pair and question: a rise (better, blue) or a fall (worse, red) significant under every
 * consistent count, or (a diamond of its own colour) significant under some and not others.
 */
class ChangesChart extends EChart {

    ChangesChart() {
        super(
                "significant-changes",
                "Each significant change between successive inspections in percentage points, "
                        + "with its 90% Newcombe interval; the table below gives every figure");
        setId("changes-chart");
    }

    void show(List<Change> changes, double alpha) {
        List<String> labels = new ArrayList<>();
        List<Object> rises = new ArrayList<>();
        List<Object> falls = new ArrayList<>();
        List<Object> depends = new ArrayList<>();
        List<Object> intervals = new ArrayList<>();
        double extent = 10;
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            labels.add(label(c));
            double diff = EChart.tenth(c.row().diff());
            (c.row().depends() ? depends : diff > 0 ? rises : falls)
                    .add(Map.of("value", List.of(diff, i), "name", label(c)));
            if (c.row().ciLow() != null) {
                intervals.add(List.of(
                        EChart.tenth(c.row().ciLow()), EChart.tenth(c.row().ciHigh()), i));
                extent = Math.max(
                        extent,
                        Math.max(Math.abs(c.row().ciLow()), Math.abs(c.row().ciHigh())));
            }
        }
        extent = Math.min(100, Math.ceil(extent / 10) * 10);
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", Map.of("enabled", true));
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 16, "right", 40, "top", 40, "bottom", 48, "containLabel", true));
        option.put(
                "xAxis", DifferenceChart.axis(extent, "Change, after − before (percentage points; right is better)"));
        option.put(
                "yAxis",
                Map.of(
                        "type",
                        "category",
                        "data",
                        labels,
                        "inverse",
                        true,
                        "axisLine",
                        Map.of("onZero", false),
                        "axisTick",
                        Map.of("show", false)));
        option.put(
                "series",
                List.of(
                        Map.of(
                                "name",
                                "★ Rise, significant at p < " + Figures.alpha(alpha),
                                "type",
                                "scatter",
                                "data",
                                rises,
                                "symbolSize",
                                11,
                                "itemStyle",
                                Map.of("color", Polarity.BETTER_BAR),
                                "z",
                                11),
                        Map.of(
                                "name",
                                "★ Fall, significant at p < " + Figures.alpha(alpha),
                                "type",
                                "scatter",
                                "symbol",
                                "triangle",
                                "data",
                                falls,
                                "symbolSize",
                                12,
                                "itemStyle",
                                Map.of("color", Polarity.WORSE_BAR),
                                "z",
                                11),
                        Map.of(
                                "name",
                                "◐ Depends on the reading",
                                "type",
                                "scatter",
                                "data",
                                depends,
                                "symbol",
                                "diamond",
                                "symbolSize",
                                12,
                                "itemStyle",
                                Map.of("color", DifferenceChart.DEPENDS_COLOUR),
                                "z",
                                11),
                        Map.of(
                                "name",
                                "90% Newcombe interval",
                                "type",
                                "custom",
                                "renderItem",
                                "errorBarHorizontal",
                                "encode",
                                Map.of("x", List.of(0, 1), "y", 2),
                                "data",
                                intervals,
                                "z",
                                10,
                                "itemStyle",
                                Map.of("color", "#333"),
                                "markLine",
                                changes.isEmpty() ? Map.of("data", List.of()) : DifferenceChart.ZERO_LINE)));
        if (changes.isEmpty()) {
            option.put(
                    "title",
                    Map.of(
                            "text",
                            "No significant change at α = " + Figures.alpha(alpha) + " (see the note above)",
                            "left",
                            "center",
                            "top",
                            "middle",
                            "textStyle",
                            Map.of("fontSize", 14, "fontWeight", "normal")));
        }
        setHeight(Math.max(200, 110 + 30 * changes.size()) + "px");
        setOption(option);
    }

    static String label(Change c) {
        return c.after() + " · " + c.row().questionCode();
    }
}
