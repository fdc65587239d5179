package org.probation.analytics.overview.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.probation.analytics.base.ui.EChart;
import org.probation.analytics.overview.Overview;
import org.probation.analytics.overview.OverviewRow;
import org.probation.analytics.overview.PublishedRating;
import org.probation.analytics.overview.StandardColumn;
import org.probation.analytics.rating.Rating;

/**
 * The published ratings as a heatmap, inspections by standards: each cell carries the rating word
 * and a colour of Paul Tol's colour-blind-safe "bright" scheme, so the colour is never the only cue.
 */
class RatingHeatmap extends EChart {

    /** The value of a cell whose standard has no published rating. */
    static final int NONE = -1;

    private static final Map<Rating, String> COLOURS = Map.of(
            Rating.OUTSTANDING,
            "#4477AA",
            Rating.GOOD,
            "#66CCEE",
            Rating.REQUIRES_IMPROVEMENT,
            "#CCBB44",
            Rating.INADEQUATE,
            "#EE6677");

    RatingHeatmap() {
        super(
                "overview-ratings",
                "Heatmap of published ratings, inspections by standards, the rating word in each cell");
        setId("overview-chart");
    }

    void show(Overview overview) {
        List<StandardColumn> standards = overview.standards();
        List<Object> data = new ArrayList<>();
        for (int y = 0; y < overview.rows().size(); y++) {
            OverviewRow row = overview.rows().get(y);
            for (int x = 0; x < standards.size(); x++) {
                data.add(cell(row, standards.get(x), x, y));
            }
        }
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
        option.put("grid", Map.of("left", 8, "right", 16, "top", 64, "bottom", 8, "containLabel", true));
        option.put(
                "xAxis",
                Map.of(
                        "type",
                        "category",
                        "position",
                        "top",
                        "data",
                        standards.stream()
                                .map(s -> s.title() == null ? s.code() : s.code() + "\n" + s.title())
                                .toList(),
                        "splitArea",
                        Map.of("show", false),
                        "axisTick",
                        Map.of("show", false),
                        "axisLabel",
                        Map.of("fontWeight", "bold")));
        option.put(
                "yAxis",
                Map.of(
                        "type",
                        "category",
                        "inverse",
                        true,
                        "data",
                        overview.rows().stream().map(OverviewRow::label).toList(),
                        "axisTick",
                        Map.of("show", false),
                        "axisLabel",
                        Map.of("width", 180, "overflow", "break", "lineHeight", 15)));
        option.put(
                "visualMap",
                Map.of(
                        "type",
                        "piecewise",
                        "dimension",
                        2,
                        "orient",
                        "horizontal",
                        "left",
                        "center",
                        "top",
                        0,
                        "inverse",
                        true,
                        "pieces",
                        pieces()));
        option.put(
                "series",
                List.of(Map.of(
                        "name",
                        "Published rating",
                        "type",
                        "heatmap",
                        "data",
                        data,
                        "label",
                        Map.of("show", true, "fontSize", 12, "lineHeight", 14),
                        "itemStyle",
                        Map.of("borderColor", "#fff", "borderWidth", 2),
                        "emphasis",
                        Map.of("itemStyle", Map.of("borderColor", "#222", "borderWidth", 2)))));
        setHeight(Math.max(220, 110 + 52 * overview.rows().size()) + "px");
        setOption(option);
    }

    /** The inspection a cell's item id names ("somerset-2023#2.1"). */
    static String inspectionOf(String itemId) {
        int hash = itemId.indexOf('#');
        return hash < 0 ? itemId : itemId.substring(0, hash);
    }

    private static Map<String, Object> cell(OverviewRow row, StandardColumn standard, int x, int y) {
        PublishedRating published = row.ratings().get(standard.code());
        Rating rating = published == null ? null : Rating.ofWord(published.rating());
        String word = rating == null ? "none published" : rating.word();
        String tooltip = row.label() + " · " + standard.code() + " " + standard.name() + ": " + word
                + (published == null
                        ? ""
                        : " (printed '" + published.ratingPrinted() + "', " + published.source() + ")");
        return Map.of(
                "value",
                List.of(x, y, rating == null ? NONE : rating.points()),
                "name",
                tooltip,
                "id",
                row.inspectionId() + "#" + standard.code(),
                "label",
                Map.of("formatter", word.replace(" ", "\n"), "color", rating == Rating.OUTSTANDING ? "#fff" : "#111"));
    }

    /** One legend entry per rating, best first, each with its word: the visual map keys colours to words. */
    private static List<Object> pieces() {
        List<Object> pieces = new ArrayList<>();
        for (Rating r : List.of(Rating.OUTSTANDING, Rating.GOOD, Rating.REQUIRES_IMPROVEMENT, Rating.INADEQUATE)) {
            pieces.add(Map.of("value", r.points(), "label", r.word(), "color", COLOURS.get(r)));
        }
        pieces.add(Map.of("value", NONE, "label", "No rating published", "color", "#DDDDDD"));
        return pieces;
    }
}
