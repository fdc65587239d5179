package org.probation.analytics.comparison.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import java.util.Comparator;
import java.util.List;
import org.probation.analytics.comparison.Adjustment;
import org.probation.analytics.comparison.ComparisonRow;
import org.probation.analytics.comparison.Direction;
import org.probation.analytics.comparison.Figures;

/**
 * The full table of a comparison's statistics, one question a row. What a reader decides by comes
 * first, so that it is in view on a laptop screen: both percents, the difference (read as the
 * comparison's {@link Direction} says, named in the header), the verdict the view shows in words
 * and polarity colours, p and q. Then the counts, the interval, z, the range of p over every
 * consistent count, the inspectorate's flag and why a question was not tested; the test and
 * Cohen's h are behind the column chooser.
 */
class ComparisonGrid extends Grid<ComparisonRow> {

    private final Column<ComparisonRow> shownSignificance;
    private final Column<ComparisonRow> interval;
    private final Column<ComparisonRow> difference;
    private final Column<ComparisonRow> percentA;
    private final Column<ComparisonRow> percentB;
    private final Column<ComparisonRow> countA;
    private final Column<ComparisonRow> countB;
    private final Button chooser = new Button("Columns");
    /** What the percents and the differences are: printed, or of the counts tested. */
    private final com.vaadin.flow.component.html.Paragraph note = new com.vaadin.flow.component.html.Paragraph();

    private CompareFilter filter;
    private InlineFlags flags = InlineFlags.NONE;

    ComparisonGrid() {
        super(ComparisonRow.class, false);
        setId("compare-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        text("code", "Question", ComparisonRow::questionCode)
                .setAutoWidth(false)
                .setWidth("8.5rem")
                .setFrozen(true)
                .setComparator(Comparator.comparing(ComparisonRow::questionCode));
        text("question", "Question text", ComparisonRow::question)
                .setAutoWidth(false)
                .setWidth("10rem")
                .setFlexGrow(1);
        // the printed percents; where the test used counts whose rate differs, the tooltip gives the rate it used
        percentA = text("pctA", "% A", r -> Figures.pct(r.pctA()))
                .setTooltipGenerator(r -> Figures.tested(r.pctA(), r.xA(), r.nA()));
        percentB = text("pctB", "% B", r -> Figures.pct(r.pctB()))
                .setTooltipGenerator(r -> Figures.tested(r.pctB(), r.xB(), r.nB()));
        difference = text("diff", "A − B (points)", r -> Figures.points(r.diff()))
                .setComparator(
                        Comparator.comparing(ComparisonRow::diff, Comparator.nullsLast(Comparator.naturalOrder())));
        shownSignificance = addColumn(Polarity.renderer(
                        r -> filter != null && filter.adjustment().significant(r),
                        r -> filter != null && filter.adjustment().depends(r)))
                .setKey("significant")
                .setHeader("Verdict")
                .setAutoWidth(false)
                .setWidth("9.5rem")
                .setFlexGrow(0)
                .setResizable(true);
        text("p", "p", r -> Figures.p(r.p()))
                .setComparator(Comparator.comparing(ComparisonRow::p, Comparator.nullsLast(Comparator.naturalOrder())));
        text("q", "q (BH)", r -> Figures.p(r.q()));
        // each side's data-quality flags for the question, in the row (the tooltip and the working give them in full)
        text("flags", "Data quality", r -> flags.cell(r))
                .setAutoWidth(false)
                .setWidth("10rem")
                .setTooltipGenerator(r -> flags.detail(r));
        countA = text("a", "A x/n", Figures::countA);
        countB = text("b", "B x/n", Figures::countB);
        interval = text("ci", "90% Newcombe interval", r -> Figures.interval(r.ciLow(), r.ciHigh()));
        text("z", "z", r -> Figures.number(r.z(), "%.3f"));
        text("pRange", "p over every consistent count", Figures::pRange);
        text("flag", "Inspectorate flag (p < α)", Figures::verdict);
        text("approximate", "Approximate", r -> r.approximate() ? "≈ yes (estimated count)" : "no");
        text("reason", "Not tested because", r -> r.notTestedReason() == null ? "" : r.notTestedReason())
                .setAutoWidth(false)
                .setWidth("16rem");
        text("test", "Test", r -> r.test().name()).setVisible(false);
        text("h", "Cohen's h", r -> Figures.number(r.h(), "%.3f")).setVisible(false);
        chooser.setId("compare-columns");
        chooser.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        chooser.getElement().setAttribute("aria-label", "Choose the table's columns");
        ContextMenu menu = new ContextMenu(chooser);
        menu.setOpenOnClick(true);
        for (Column<ComparisonRow> column : getColumns()) {
            if (column.isFrozen()) {
                continue;
            }
            MenuItem item = menu.addItem(
                    column.getKey(), e -> column.setVisible(e.getSource().isChecked()));
            item.setCheckable(true);
            item.setChecked(column.isVisible());
            item.setText(columnName(column.getKey()));
        }
    }

    /** The line above the table saying the differences are of the counts tested, not the printed percents. */
    com.vaadin.flow.component.html.Paragraph note() {
        note.setId("compare-table-note");
        return note;
    }

    /** The button that shows and hides the table's less used columns (test, Cohen's h, ...). */
    Button columnChooser() {
        return chooser;
    }

    void show(List<ComparisonRow> rows, CompareFilter filter, InlineFlags flags) {
        this.filter = filter;
        this.flags = flags;
        Direction direction =
                rows.isEmpty() ? Direction.A_MINUS_B : rows.getFirst().directionKind();
        String a = filter.mode() == CompareFilter.Mode.INSPECTIONS
                ? "Before"
                : filter.mode() == CompareFilter.Mode.BENCHMARK ? "Provider" : "A";
        String b = filter.mode() == CompareFilter.Mode.INSPECTIONS
                ? "After"
                : filter.mode() == CompareFilter.Mode.BENCHMARK ? "Benchmark" : "B";
        percentA.setHeader("% " + a);
        percentB.setHeader("% " + b);
        // the difference is of the counts tested: where their rates are not the printed percents, the note says so
        boolean differs = rows.stream()
                .anyMatch(r -> Figures.differs(r.pctA(), r.xA(), r.nA()) || Figures.differs(r.pctB(), r.xB(), r.nB()));
        note.setText(
                differs
                        ? "Percents as printed; the differences, intervals and tests use the counts x/n, whose rates "
                                + "differ from the printed percents on some rows (a percent's tooltip gives the rate tested)."
                        : "Percents as printed; the differences, intervals and tests use the counts x/n.");
        countA.setHeader(a + " x/n");
        countB.setHeader(b + " x/n");
        difference.setHeader(capitalised(direction.withSides()) + ", pp");
        shownSignificance.setHeader(
                "Verdict (" + filter.adjustment().statistic() + " < " + Figures.alpha(filter.alpha())
                        + (filter.adjustment() == Adjustment.NONE
                                ? ""
                                : ", " + filter.adjustment().abbreviation()) + ")");
        interval.setHeader(
                DifferenceChart.againstPrintedFigure(rows)
                        ? "90% interval (A's Wilson − printed)"
                        : "90% Newcombe interval");
        setItems(rows);
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String columnName(String key) {
        return switch (key) {
            case "question" -> "Question text";
            case "pctA" -> "Percent A";
            case "pctB" -> "Percent B";
            case "diff" -> "Difference";
            case "significant" -> "Verdict";
            case "p" -> "p";
            case "q" -> "q (Benjamini–Hochberg)";
            case "a" -> "Count A";
            case "b" -> "Count B";
            case "ci" -> "90% interval";
            case "z" -> "z";
            case "pRange" -> "p over every consistent count";
            case "flag" -> "Inspectorate flag";
            case "approximate" -> "Approximate";
            case "reason" -> "Not tested because";
            case "flags" -> "Data quality";
            case "test" -> "Test";
            case "h" -> "Cohen's h";
            default -> key;
        };
    }

    private Column<ComparisonRow> text(String key, String header, ValueProvider<ComparisonRow, String> value) {
        return addColumn(value)
                .setKey(key)
                .setHeader(header)
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setResizable(true);
    }
}
