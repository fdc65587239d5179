package org.probation.analytics.subsample.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.probation.analytics.subsample.SubsampleFigure;
import org.probation.analytics.subsample.SubsampleProfile.Choice;

/** The chart as a table: a row per question, a column per sub-sample with its percent, count and interval. */
class SubsampleFigureGrid extends Grid<List<SubsampleFigure>> {

    SubsampleFigureGrid() {
        setId("figure-grid");
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    void show(List<SubsampleFigure> figures, List<Choice> subsamples) {
        removeAllColumns();
        addColumn(row -> row.getFirst().questionCode())
                .setHeader("Code")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(row -> row.getFirst().question())
                .setHeader("Question")
                .setWidth("18rem")
                .setFlexGrow(1);
        for (Choice subsample : subsamples) {
            if (figures.stream().anyMatch(f -> f.subsample().equals(subsample.code()))) {
                addColumn(row -> row.stream()
                                .filter(f -> f.subsample().equals(subsample.code()))
                                .findFirst()
                                .map(SubsampleFigureGrid::cell)
                                .orElse(""))
                        .setHeader(subsample.label())
                        .setAutoWidth(true)
                        .setFlexGrow(0);
            }
        }
        Map<String, List<SubsampleFigure>> byQuestion = figures.stream()
                .collect(Collectors.groupingBy(SubsampleFigure::questionCode, LinkedHashMap::new, Collectors.toList()));
        setItems(List.copyOf(byQuestion.values()));
    }

    /** "46% · ≈7/16 · 27–66%", or "38% · n unknown" where there is no interval. */
    static String cell(SubsampleFigure f) {
        return SubsampleChart.trim(f.percent()) + "% · " + f.countLabel()
                + (f.ciLow() == null ? "" : String.format(Locale.UK, " · %.0f–%.0f%%", f.ciLow(), f.ciHigh()));
    }
}
