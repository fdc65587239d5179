package org.probation.analytics.subsample.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.probation.analytics.base.Format;
import org.probation.analytics.base.ui.EChart;
import org.probation.analytics.subsample.SubsampleFigure;
import org.probation.analytics.subsample.SubsampleProfile.Choice;

/**
 * A grouped bar per question: one bar per published sub-sample with its 90% Wilson interval where
 * the count is known. Colours from Paul Tol's colour-blind-safe "bright" scheme, with ECharts' decal
 * patterns so that no sub-sample is told apart by colour alone.
 */
class SubsampleChart extends EChart {

    /** Paul Tol's "bright" qualitative scheme, safe for colour-blind readers. */
    static final List<String> PALETTE =
            List.of("#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377", "#BBBBBB");

    private static final int VISIBLE_QUESTIONS = 14;

    SubsampleChart() {
        super("subsamples", "Each question's result by sub-sample, with 90% Wilson intervals");
        setId("subsample-chart");
    }

    /**
     * @param figures    the results to draw, question by question
     * @param subsamples every sub-sample the inspection publishes, which fixes each one's colour
     */
    void show(List<SubsampleFigure> figures, List<Choice> subsamples) {
        List<String> questions =
                figures.stream().map(SubsampleFigure::questionCode).distinct().toList();
        Set<String> present =
                figures.stream().map(SubsampleFigure::subsample).collect(Collectors.toCollection(LinkedHashSet::new));
        List<Choice> drawn =
                subsamples.stream().filter(s -> present.contains(s.code())).toList();
        List<Object> series = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            Choice subsample = drawn.get(i);
            String colour = PALETTE.get(subsamples.indexOf(subsample) % PALETTE.size());
            Map<String, SubsampleFigure> byQuestion = figures.stream()
                    .filter(f -> f.subsample().equals(subsample.code()))
                    .collect(Collectors.toMap(SubsampleFigure::questionCode, Function.identity(), (x, y) -> x));
            List<Object> bars = new ArrayList<>();
            List<Object> errors = new ArrayList<>();
            for (int q = 0; q < questions.size(); q++) {
                SubsampleFigure f = byQuestion.get(questions.get(q));
                bars.add(f == null ? "-" : Map.of("value", f.percent(), "tooltip", Map.of("formatter", tooltip(f))));
                if (f != null && f.ciLow() != null) {
                    errors.add(List.of(q, EChart.tenth(f.ciLow()), EChart.tenth(f.ciHigh()), i, drawn.size()));
                }
            }
            // the bar and its error bars share the legend entry (same name), so they show and hide together
            series.add(Map.of(
                    "name",
                    subsample.label(),
                    "type",
                    "bar",
                    "data",
                    bars,
                    "barGap",
                    "20%",
                    "barCategoryGap",
                    "25%",
                    "barMaxWidth",
                    32,
                    "itemStyle",
                    Map.of("color", colour)));
            series.add(Map.of(
                    "name",
                    subsample.label(),
                    "type",
                    "custom",
                    "renderItem",
                    "groupedErrorBar",
                    "data",
                    errors,
                    "itemStyle",
                    Map.of("color", "#222"),
                    "z",
                    10,
                    "tooltip",
                    Map.of("show", false)));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", Map.of("enabled", true, "decal", Map.of("show", true)));
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("legend", Map.of("top", 0));
        boolean zoom = questions.size() > VISIBLE_QUESTIONS;
        option.put("grid", Map.of("left", 56, "right", 24, "top", 48, "bottom", zoom ? 72 : 40));
        option.put(
                "xAxis",
                Map.of(
                        "type",
                        "category",
                        "data",
                        questions,
                        "name",
                        "question",
                        "nameLocation",
                        "middle",
                        "nameGap",
                        28));
        option.put(
                "yAxis",
                Map.of(
                        "type",
                        "value",
                        "min",
                        0,
                        "max",
                        100,
                        "name",
                        "% yes, with 90% interval",
                        "nameLocation",
                        "middle",
                        "nameGap",
                        36));
        if (zoom) {
            option.put(
                    "dataZoom",
                    List.of(
                            Map.of("type", "slider", "startValue", 0, "endValue", VISIBLE_QUESTIONS - 1, "bottom", 8),
                            Map.of("type", "inside")));
        }
        option.put("series", series);
        setOption(option);
    }

    private static String tooltip(SubsampleFigure f) {
        return f.questionCode() + " " + f.subsampleLabel() + ": " + trim(f.percent()) + "% · " + f.countLabel()
                + (f.ciLow() == null
                        ? " · no interval (count unknown)"
                        : String.format(Locale.UK, " · 90%% interval %.0f–%.0f%%", f.ciLow(), f.ciHigh()));
    }

    static String trim(double value) {
        return Format.trimToOneDecimal(value);
    }
}
