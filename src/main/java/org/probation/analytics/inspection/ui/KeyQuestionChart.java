package org.probation.analytics.inspection.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.probation.analytics.base.QuestionLevel;
import org.probation.analytics.base.ui.EChart;
import org.probation.analytics.comparison.ComparisonRow;

/**
 * Each key question's percent with its 90% Wilson interval as an error bar, the benchmark as a
 * marker, and the rating band edges (50, 65, 80) drawn across.
 */
class KeyQuestionChart extends EChart {

    KeyQuestionChart() {
        super("key-questions", "Key-question results with 90% intervals, benchmark markers and rating band edges");
        setId("key-question-chart");
    }

    /** @param rows the inspection's benchmark comparison: side A the inspection, side B the benchmark */
    void show(List<ComparisonRow> rows) {
        List<ComparisonRow> keyQuestions = rows.stream()
                .filter(r -> QuestionLevel.parse(r.level()) == QuestionLevel.KEY_QUESTION)
                .toList();
        List<String> codes =
                keyQuestions.stream().map(ComparisonRow::questionCode).toList();
        List<Object> bars = new ArrayList<>();
        List<Object> errors = new ArrayList<>();
        List<Object> benchmark = new ArrayList<>();
        for (int i = 0; i < keyQuestions.size(); i++) {
            ComparisonRow r = keyQuestions.get(i);
            bars.add(Map.of("value", r.pctA(), "name", r.questionCode()));
            if (r.ciLowA() != null) {
                errors.add(List.of(i, EChart.tenth(r.ciLowA()), EChart.tenth(r.ciHighA())));
            }
            benchmark.add(r.pctB() == null ? "-" : r.pctB());
        }
        String benchmarkLabel =
                keyQuestions.isEmpty() ? "Benchmark" : keyQuestions.getFirst().labelB();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", Map.of("enabled", true));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 48, "right", 170, "top", 40, "bottom", 40));
        option.put("xAxis", Map.of("type", "category", "data", codes));
        option.put("yAxis", Map.of("type", "value", "min", 0, "max", 100, "name", "% yes"));
        option.put(
                "series",
                List.of(
                        Map.of(
                                "name",
                                "This inspection",
                                "type",
                                "bar",
                                "data",
                                bars,
                                "itemStyle",
                                Map.of("color", "#4477AA"),
                                "markLine",
                                Map.of(
                                        "symbol",
                                        "none",
                                        "silent",
                                        true,
                                        "lineStyle",
                                        Map.of("type", "dashed", "color", "#555"),
                                        "data",
                                        List.of(
                                                edge(50, "Requires improvement from 50"),
                                                edge(65, "Good from 65"),
                                                edge(80, "Outstanding from 80")))),
                        Map.of(
                                "name",
                                "90% interval",
                                "type",
                                "custom",
                                "renderItem",
                                "errorBar",
                                "data",
                                errors,
                                "itemStyle",
                                Map.of("color", "#222"),
                                "z",
                                10),
                        Map.of(
                                "name",
                                benchmarkLabel,
                                "type",
                                "scatter",
                                "data",
                                benchmark,
                                "symbol",
                                "diamond",
                                "symbolSize",
                                14,
                                "itemStyle",
                                Map.of("color", "#EE6677"),
                                "z",
                                11)));
        setOption(option);
    }

    private static Map<String, Object> edge(int value, String label) {
        return Map.of("yAxis", value, "label", Map.of("formatter", label, "position", "end"));
    }
}
