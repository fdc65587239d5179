package org.probation.analytics.comparison.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.probation.analytics.base.CountKind;
import org.probation.analytics.base.ui.EChart;
import org.probation.analytics.comparison.ComparisonRow;

/**
 * The differences per question, read as the comparison's direction says (after − before,
 * provider − benchmark, A − B; named on the axis), as a diverging horizontal bar chart with 90%
 * Newcombe intervals as error bars. Significant bars are coloured by polarity (better blue, worse
 * red), hatched and labelled with the word ("★ rose", "★ below"); a question that was not tested
 * has no bar, only a hollow marker at zero.
 */
public class DifferenceChart extends EChart {

    static final String OTHER_COLOUR = "#BBBBBB";
    /** Paul Tol's bright yellow, between the two: significant under some readings of the counts. */
    public static final String DEPENDS_COLOUR = "#DDAA33";
    /** Diagonal hatching on the significant bars, so they differ from the others by more than colour. */
    static final Map<String, Object> HATCH = Map.of(
            "symbol",
            "rect",
            "symbolSize",
            1,
            "color",
            "rgba(255,255,255,0.55)",
            "dashArrayX",
            List.of(1, 0),
            "dashArrayY",
            List.of(3, 5),
            "rotation",
            -0.785);
    /** A solid line at no difference. */
    public static final Map<String, Object> ZERO_LINE = Map.of(
            "symbol",
            "none",
            "silent",
            true,
            "data",
            List.of(Map.of("xAxis", 0)),
            "lineStyle",
            Map.of("color", "#333", "type", "solid", "width", 1),
            "label",
            Map.of("show", false));

    public DifferenceChart() {
        super(
                "compare-differences",
                "Differences in percentage points per question with 90% Newcombe intervals; "
                        + "significant questions hatched and labelled, those whose verdict depends on which consistent count is the "
                        + "true one dotted; the table below gives every figure");
        setId("compare-chart");
    }

    public void show(List<ComparisonRow> rows, CompareFilter filter) {
        List<String> codes = new ArrayList<>();
        List<Object> better = new ArrayList<>();
        List<Object> worse = new ArrayList<>();
        List<Object> other = new ArrayList<>();
        List<Object> depends = new ArrayList<>();
        List<Object> intervals = new ArrayList<>();
        List<Object> untested = new ArrayList<>();
        double extent = 10;
        for (int i = 0; i < rows.size(); i++) {
            ComparisonRow r = rows.get(i);
            codes.add(r.questionCode());
            boolean tested = r.p() != null && r.diff() != null;
            boolean isSignificant = tested && filter.adjustment().significant(r);
            boolean isDepends = tested && !isSignificant && filter.adjustment().depends(r);
            better.add(
                    isSignificant && r.diff() > 0
                            ? bar(r.diff(), r.directionKind().word(r.diff()))
                            : "-");
            worse.add(
                    isSignificant && r.diff() <= 0
                            ? bar(r.diff(), r.directionKind().word(r.diff()))
                            : "-");
            depends.add(isDepends ? bar(r.diff(), null) : "-");
            other.add(tested && !isSignificant && !isDepends ? bar(r.diff(), null) : "-");
            if (!tested) {
                untested.add(List.of(0, i));
            } else if (r.ciLow() != null && r.ciHigh() != null) {
                intervals.add(List.of(EChart.tenth(r.ciLow()), EChart.tenth(r.ciHigh()), i));
                extent = Math.max(extent, Math.max(Math.abs(r.ciLow()), Math.abs(r.ciHigh())));
            }
            if (tested) {
                extent = Math.max(extent, Math.abs(r.diff()));
            }
        }
        extent = Math.min(100, Math.ceil(extent / 10) * 10);
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", Map.of("enabled", true));
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("legend", Map.of("top", 0, "left", "center"));
        option.put("grid", Map.of("left", 16, "right", 40, "top", 44, "bottom", 48, "containLabel", true));
        String direction =
                rows.isEmpty() ? "" : " " + rows.getFirst().directionKind().withSides();
        option.put("xAxis", axis(extent, "Difference" + direction + " (percentage points; right is better)"));
        option.put(
                "yAxis",
                Map.of(
                        "type",
                        "category",
                        "data",
                        codes,
                        "inverse",
                        true,
                        "axisLine",
                        Map.of("onZero", false),
                        "axisTick",
                        Map.of("show", false)));
        option.put(
                "series",
                List.of(
                        barSeries("★ Significantly better: " + filter.rule(), better, Polarity.BETTER_BAR, HATCH),
                        barSeries("★ Significantly worse: " + filter.rule(), worse, Polarity.WORSE_BAR, HATCH),
                        barSeries(
                                "◐ Depends on the reading",
                                depends,
                                DEPENDS_COLOUR,
                                Map.of(
                                        "symbol",
                                        "circle",
                                        "symbolSize",
                                        0.5,
                                        "color",
                                        "rgba(0,0,0,0.35)",
                                        "dashArrayX",
                                        6,
                                        "dashArrayY",
                                        6)),
                        barSeries("Not significant", other, OTHER_COLOUR, null),
                        Map.of(
                                "name",
                                againstPrintedFigure(rows)
                                        ? "90% interval (A's Wilson interval − printed figure)"
                                        : "90% Newcombe interval",
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
                                ZERO_LINE),
                        Map.of(
                                "name",
                                "Not tested (reason in the table)",
                                "type",
                                "scatter",
                                "data",
                                untested,
                                "symbol",
                                "emptyCircle",
                                "symbolSize",
                                9,
                                "itemStyle",
                                Map.of("color", "#555"),
                                "label",
                                Map.of(
                                        "show",
                                        true,
                                        "position",
                                        "right",
                                        "formatter",
                                        "not tested",
                                        "color",
                                        "#333"))));
        if (rows.isEmpty()) {
            option.put(
                    "title",
                    Map.of(
                            "text",
                            "No questions to show for this choice",
                            "left",
                            "center",
                            "top",
                            "middle",
                            "textStyle",
                            Map.of("fontSize", 14, "fontWeight", "normal")));
        }
        setHeight(Math.max(220, 110 + 26 * rows.size()) + "px");
        setOption(option);
    }

    /** True when side B is a figure printed in a report (no count), so the interval is not Newcombe's. */
    public static boolean againstPrintedFigure(List<ComparisonRow> rows) {
        return !rows.isEmpty() && rows.stream().allMatch(r -> r.countB() == CountKind.PRINTED);
    }

    /** A symmetric value axis around zero, ticks every 10 points (20 beyond ±60). */
    public static Map<String, Object> axis(double extent, String name) {
        return Map.of(
                "type",
                "value",
                "min",
                -extent,
                "max",
                extent,
                "interval",
                extent > 60 ? 20 : 10,
                "name",
                name,
                "nameLocation",
                "middle",
                "nameGap",
                28);
    }

    /** A bar; a significant one carries its word ("★ rose") on the other side of zero, clear of its interval. */
    private static Object bar(double diff, String significantWord) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("value", EChart.tenth(diff));
        if (significantWord != null) {
            item.put(
                    "label",
                    Map.of(
                            "show",
                            true,
                            "formatter",
                            "★ " + significantWord,
                            "position",
                            diff < 0 ? "right" : "left",
                            "color",
                            "#222",
                            "fontWeight",
                            "bold"));
        }
        return item;
    }

    private static Map<String, Object> barSeries(
            String name, List<Object> data, String colour, Map<String, Object> decal) {
        Map<String, Object> style = new LinkedHashMap<>();
        style.put("color", colour);
        if (decal != null) {
            style.put("decal", decal);
        }
        return Map.of(
                "name", name, "type", "bar", "data", data, "barGap", "-100%", "barMaxWidth", 18, "itemStyle", style);
    }
}
