package org.probation.analytics.subsample.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.probation.analytics.base.CountKind;
import org.probation.analytics.base.Format;
import org.probation.analytics.base.ui.Grids;
import org.probation.analytics.comparison.ComparisonRow;
import org.probation.analytics.comparison.Figures;
import org.probation.analytics.comparison.ui.InlineFlags;
import org.probation.analytics.comparison.ui.Polarity;
import org.probation.analytics.subsample.SubsampleService;

/** The contrast of two sub-samples, question by question, with every statistic and the guards in words. */
class SubsampleContrastGrid extends Grid<ComparisonRow> {

    private final Column<ComparisonRow> a;
    private final Column<ComparisonRow> b;
    private InlineFlags flags = InlineFlags.NONE;

    SubsampleContrastGrid() {
        super(ComparisonRow.class, false);
        setId("contrast-grid");
        Grids.keepFirstColumnInView(this);
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(r -> r.questionCode() + " " + r.question())
                .setHeader("Question")
                .setWidth("10.5rem")
                .setFlexGrow(2)
                .setFrozen(true);
        a = addColumn(r -> side(r.pctA(), r.xA(), r.nA(), r.countA()))
                .setHeader("A")
                .setWidth("7rem")
                .setFlexGrow(0);
        b = addColumn(r -> side(r.pctB(), r.xB(), r.nB(), r.countB()))
                .setHeader("B")
                .setWidth("7rem")
                .setFlexGrow(0);
        // the difference, the verdict in words and polarity colours, p and q together, in view on a laptop screen
        addColumn(r -> Figures.points(r.diff()))
                .setHeader("A − B, points")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setComparator((x, y) -> compare(x.diff(), y.diff()));
        addColumn(Polarity.renderer(ComparisonRow::significant, ComparisonRow::depends))
                .setHeader("Verdict (p < 0.1)")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(r -> Figures.p(r.p()))
                .setHeader("p")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setComparator((x, y) -> compare(x.p(), y.p()));
        addColumn(r -> Figures.p(r.q())).setHeader("q (BH)").setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> flags.cell(r))
                .setHeader("Data quality")
                .setWidth("10rem")
                .setFlexGrow(0)
                .setTooltipGenerator(r -> flags.detail(r));
        addColumn(r -> Figures.interval(r.ciLow(), r.ciHigh()))
                .setHeader("90% Newcombe")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(r -> Figures.number(r.z(), "%.3f"))
                .setHeader("z")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(Figures::pRange)
                .setHeader("p over every consistent count")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(SubsampleService::verdict)
                .setHeader("Test")
                .setWidth("9.5rem")
                .setFlexGrow(1);
        addColumn(r -> r.approximate() ? "Yes" : "No")
                .setHeader("Approximate")
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    /** @param a and {@code b}: the sub-samples' labels ("Community sentences"), for the column headers */
    void show(List<ComparisonRow> rows, String a, String b, InlineFlags flags) {
        this.flags = flags;
        this.a.setHeader("A: " + a);
        this.b.setHeader("B: " + b);
        setItems(rows);
    }

    /** A side as printed, with its count: "46% · ≈7/16", "38% · n unknown". */
    static String side(Double pct, Integer x, Integer n, CountKind kind) {
        String count = x == null || n == null ? "n unknown" : (kind == CountKind.ESTIMATED ? "≈" : "") + x + "/" + n;
        return (pct == null ? "—" : SubsampleChart.trim(pct) + "%") + " · " + count;
    }

    private static int compare(Double x, Double y) {
        return x == null ? (y == null ? 0 : 1) : y == null ? -1 : Double.compare(x, y);
    }

    private static String f(String format, Object... args) {
        return Format.f(format, args);
    }
}
