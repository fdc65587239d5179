package org.probation.analytics.comparison.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import java.util.Comparator;
import java.util.List;
import org.probation.analytics.comparison.ComparisonRow;
import org.probation.analytics.base.ui.Grids;

/**
 * The full table of a comparison's statistics, one question a row: both sides' counts and percents,
 * the difference B − A with its Newcombe interval, z, p, q, h, the test, the inspectorate's flag
 * beside the significance the view shows, and why a question was not tested.
 */
class ComparisonGrid extends Grid<ComparisonRow> {

    private final Column<ComparisonRow> shownSignificance;
    private final Column<ComparisonRow> interval;
    private CompareFilter filter;

    ComparisonGrid() {
        super(ComparisonRow.class, false);
        setId("compare-grid");
        Grids.keepFirstColumnInView(this);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        text("code", "Question", ComparisonRow::questionCode).setAutoWidth(false).setWidth("9rem").setFrozen(true)
                .setComparator(Comparator.comparing(ComparisonRow::questionCode));
        text("question", "Question text", ComparisonRow::question).setAutoWidth(false).setWidth("18rem").setFlexGrow(1);
        text("a", "A x/n", Figures::countA);
        text("pctA", "% A", r -> Figures.pct(r.pctA()));
        text("b", "B x/n", Figures::countB);
        text("pctB", "% B", r -> Figures.pct(r.pctB()));
        text("diff", "B − A (points)", r -> Figures.points(r.diff()))
                .setComparator(Comparator.comparing(ComparisonRow::diff, Comparator.nullsLast(Comparator.naturalOrder())));
        interval = text("ci", "90% Newcombe interval", r -> Figures.interval(r.ciLow(), r.ciHigh()));
        text("z", "z", r -> Figures.number(r.z(), "%.3f"));
        text("p", "p", r -> Figures.p(r.p()))
                .setComparator(Comparator.comparing(ComparisonRow::p, Comparator.nullsLast(Comparator.naturalOrder())));
        text("q", "q (BH)", r -> Figures.p(r.q()));
        text("h", "Cohen's h", r -> Figures.number(r.h(), "%.3f"));
        text("test", "Test", ComparisonRow::test);
        text("flag", "Inspectorate flag (p < α)", Figures::verdict);
        text("pRange", "p over every consistent count", r -> Figures.pRange(r));
        shownSignificance = text("significant", "Significant", r -> r.pMax() == null ? "not tested"
                : filter != null && filter.significant(r) ? "★ significant"
                : filter != null && filter.depends(r) ? "◐ depends on the reading" : "no");
        text("approximate", "Approximate", r -> r.approximate() ? "≈ yes (estimated count)" : "no");
        text("reason", "Not tested because", r -> r.notTestedReason() == null ? "" : r.notTestedReason())
                .setAutoWidth(false).setWidth("16rem");
    }

    void show(List<ComparisonRow> rows, CompareFilter filter) {
        this.filter = filter;
        shownSignificance.setHeader(filter.bh() ? "Significant shown (q < " + Figures.alpha(filter.alpha()) + ", BH)"
                : "Significant shown (p < " + Figures.alpha(filter.alpha()) + ")");
        interval.setHeader(DifferenceChart.againstPrintedFigure(rows) ? "90% interval (printed − A's Wilson)" : "90% Newcombe interval");
        setItems(rows);
    }

    private Column<ComparisonRow> text(String key, String header, ValueProvider<ComparisonRow, String> value) {
        return addColumn(value).setKey(key).setHeader(header).setAutoWidth(true).setFlexGrow(0).setResizable(true);
    }
}
