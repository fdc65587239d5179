package org.probation.analytics.comparison.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.Locale;
import org.probation.analytics.comparison.ComparisonRow;
import org.probation.analytics.comparison.SubsampleService;
import org.probation.analytics.base.ui.Grids;

/** The contrast of two sub-samples, question by question, with every statistic and the guards in words. */
class SubsampleContrastGrid extends Grid<ComparisonRow> {

    private final Column<ComparisonRow> a;
    private final Column<ComparisonRow> b;

    SubsampleContrastGrid() {
        super(ComparisonRow.class, false);
        setId("contrast-grid");
        Grids.keepFirstColumnInView(this);
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(r -> r.questionCode() + " " + r.question()).setHeader("Question").setWidth("10.5rem").setFlexGrow(2)
                .setFrozen(true);
        a = addColumn(r -> side(r.pctA(), r.xA(), r.nA(), r.countA())).setHeader("A").setWidth("7rem").setFlexGrow(0);
        b = addColumn(r -> side(r.pctB(), r.xB(), r.nB(), r.countB())).setHeader("B").setWidth("7rem").setFlexGrow(0);
        addColumn(r -> r.diff() == null ? "" : f("%+.1f", r.diff())).setHeader("B − A").setAutoWidth(true)
                .setFlexGrow(0).setComparator(ComparisonRow::diff);
        addColumn(r -> r.ciLow() == null ? "" : f("%+.1f to %+.1f", r.ciLow(), r.ciHigh())).setHeader("90% Newcombe")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> r.z() == null ? "" : f("%.2f", r.z())).setHeader("z").setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> r.p() == null ? "" : f("%.3f", r.p())).setHeader("p").setAutoWidth(true).setFlexGrow(0)
                .setComparator((x, y) -> compare(x.p(), y.p()));
        // the verdict beside p, so that it stays in view on a laptop screen
        addColumn(SubsampleContrastGrid::significance).setHeader("Significant").setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> r.pMin() == null || r.readings() == null || r.readings() <= 1 ? ""
                : f("%.3f to %.3f", r.pMin(), r.pMax())).setHeader("p over every consistent count").setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(r -> r.q() == null ? "" : f("%.3f", r.q())).setHeader("q").setAutoWidth(true).setFlexGrow(0);
        addColumn(SubsampleService::verdict).setHeader("Test").setWidth("9.5rem").setFlexGrow(1);
        addColumn(r -> r.approximate() ? "Yes" : "No").setHeader("Approximate").setAutoWidth(true).setFlexGrow(0);
    }

    /** @param a and {@code b}: the sub-samples' codes, for the column headers */
    void show(List<ComparisonRow> rows, String a, String b) {
        this.a.setHeader("A: " + a);
        this.b.setHeader("B: " + b);
        setItems(rows);
    }

    /** Yes under every consistent count, no under none, "Depends on the reading", or "—" when not tested. */
    static String significance(ComparisonRow r) {
        return switch (r.verdictKind()) {
            case SIGNIFICANT -> "Yes";
            case NOT_SIGNIFICANT -> "No";
            case DEPENDS -> "Depends on the reading";
            case NOT_TESTED -> "—";
        };
    }

    /** A side as printed, with its count: "46% · ≈7/16", "38% · n unknown". */
    static String side(Double pct, Integer x, Integer n, String kind) {
        String count = x == null || n == null ? "n unknown" : ("estimated".equals(kind) ? "≈" : "") + x + "/" + n;
        return (pct == null ? "—" : SubsampleChart.trim(pct) + "%") + " · " + count;
    }

    private static int compare(Double x, Double y) {
        return x == null ? (y == null ? 0 : 1) : y == null ? -1 : Double.compare(x, y);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.UK, format, args);
    }
}
