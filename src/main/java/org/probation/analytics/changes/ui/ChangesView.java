package org.probation.analytics.changes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.probation.analytics.base.ui.EChart;
import org.probation.analytics.base.ui.Grids;
import org.probation.analytics.base.ui.LinkBanner;
import org.probation.analytics.base.ui.PackDownload;
import org.probation.analytics.base.ui.TableDownload;
import org.probation.analytics.base.ui.UrlState;
import org.probation.analytics.calculator.CalculatorService;
import org.probation.analytics.changes.Change;
import org.probation.analytics.changes.ChangeReport;
import org.probation.analytics.changes.ChangesService;
import org.probation.analytics.comparison.ComparisonRow;
import org.probation.analytics.comparison.ComparisonService;
import org.probation.analytics.comparison.Figures;
import org.probation.analytics.comparison.RowWorking;
import org.probation.analytics.comparison.ui.CompareFilter;
import org.probation.analytics.comparison.ui.Polarity;
import org.probation.analytics.comparison.ui.WorkingPanel;

/** Every significant change between successive inspections of a provider or its predecessor; α and the sort in the URL. */
@Route("changes")
@PageTitle("Significant changes")
@Menu(title = "Changes", order = 5)
@AnonymousAllowed
public class ChangesView extends VerticalLayout implements BeforeEnterObserver {

    private static final List<String> SORTS = List.of("p", "h", "pair", "provider", "question", "diff");

    private final ComparisonService comparisons;
    private final ChangesService changes;
    private final CalculatorService calculator;
    private final NumberField alpha = new NumberField("Significance level α");
    private final Paragraph summary = new Paragraph();
    private final Paragraph empty = new Paragraph();
    private final ChangesChart chart = new ChangesChart();
    private final LinkBanner banner = new LinkBanner("changes-banner");
    private final Paragraph headline = new Paragraph();
    private final Grid<Change> grid = new Grid<>(Change.class, false);
    private final WorkingPanel working = new WorkingPanel("changes");
    private ChangeReport report;
    private boolean applying;

    public ChangesView(ComparisonService comparisons, ChangesService changes, CalculatorService calculator) {
        this.comparisons = comparisons;
        this.changes = changes;
        this.calculator = calculator;
        setWidthFull();
        summary.setId("changes-summary");
        empty.setId("changes-empty");
        empty.addClassNames(
                LumoUtility.Background.CONTRAST_5, LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM);
        chart.addChartClickListener(e -> report.changes().stream()
                .filter(c -> ChangesChart.label(c).equals(e.name()))
                .findFirst()
                .ifPresent(grid::select));
        alpha.setManualValidation(true);
        alpha.setErrorMessage("α must be a number between 0 and 1");
        alpha.addValueChangeListener(e -> {
            if (!applying && e.getValue() != null && e.getValue() > 0 && e.getValue() < 1) {
                banner.setVisible(false);
                show(e.getValue());
                updateUrl();
            }
            alpha.setInvalid(e.getValue() == null || e.getValue() <= 0 || e.getValue() >= 1);
        });
        configureGrid();
        HorizontalLayout tools = new HorizontalLayout(
                alpha,
                new Button(
                        "Download chart PNG",
                        e -> chart.downloadPng(
                                EChart.fileName("changes", "alpha", Figures.alpha(alpha.getValue())), chartTitle())),
                new TableDownload<>(
                        () -> EChart.fileName("significant-changes", "alpha", Figures.alpha(alpha.getValue())),
                        Change.class,
                        () -> report == null ? List.of() : report.changes()),
                new PackDownload(() -> ChangesPack.of(report, alpha.getValue(), chart, chartTitle(), calculator)));
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        headline.setId("changes-headline");
        headline.getStyle().set("font-weight", "600").set("margin-bottom", "0");
        add(
                new H2("Significant changes between successive inspections"),
                banner,
                headline,
                tools,
                summary,
                empty,
                chart.tableAlternative(grid),
                new H3("Every change"),
                grid,
                working);
    }

    /** The title drawn above the chart's PNG: what it shows, the headline, the data's date. */
    private String chartTitle() {
        return "Significant changes between successive inspections\n" + (report == null ? "" : headline(report))
                + "\nData: " + comparisons.dataDate() + " · drawn " + java.time.LocalDate.now();
    }

    private void configureGrid() {
        grid.setId("changes-grid");
        Grids.keepFirstColumnInView(grid);
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setMultiSort(false);
        column(
                "question",
                "Question",
                c -> c.row().questionCode(),
                Comparator.comparing(c -> c.row().questionCode()));
        column("provider", "Provider (after)", Change::afterProvider, Comparator.comparing(Change::afterProvider));
        column(
                "diff",
                "After − before (B − A), points",
                c -> Figures.points(c.row().diff()),
                Comparator.comparing(c -> c.row().diff()));
        grid.addColumn(Polarity.renderer(Change::row, ComparisonRow::significant, ComparisonRow::depends))
                .setKey("verdict")
                .setHeader("Verdict (every consistent count)")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setSortable(false);
        column(
                "p",
                "p",
                c -> Figures.p(c.row().p()),
                Comparator.comparing(c -> c.row().p()));
        column("q", "q (BH, within the pair)", c -> Figures.p(c.row().q()), null);
        column(
                "before",
                "Before x/n",
                c -> Figures.countA(c.row()) + " = " + Figures.pct(c.row().pctA()),
                null);
        column(
                "after",
                "After x/n",
                c -> Figures.countB(c.row()) + " = " + Figures.pct(c.row().pctB()),
                null);
        grid.addColumn(c -> c.row().question())
                .setKey("text")
                .setHeader("Question text")
                .setWidth("14rem")
                .setFlexGrow(1);
        column("pair", "Inspections (before → after)", Change::pair, Comparator.comparing(Change::pair));
        column(
                "ci",
                "90% Newcombe interval",
                c -> Figures.interval(c.row().ciLow(), c.row().ciHigh()),
                null);
        column(
                "h",
                "Cohen's h (sorts by size)",
                c -> Figures.number(c.row().h(), "%.3f"),
                Comparator.comparing(c -> Math.abs(c.row().h())));
        column("pRange", "p over every consistent count", c -> Figures.pRange(c.row()), null);
        column("approximate", "Approximate", c -> c.row().approximate() ? "≈ yes (estimated count)" : "no", null);
        grid.addSortListener(e -> {
            if (!applying) {
                updateUrl();
            }
        });
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() == null) {
                working.clear();
            } else {
                working.show(
                        e.getValue().row(),
                        report.alpha(),
                        "significant (p < " + Figures.alpha(report.alpha()) + ")",
                        RowWorking.calculate(calculator, e.getValue().row(), report.alpha()));
            }
        });
    }

    private void column(String key, String header, ValueProvider<Change, String> value, Comparator<Change> sort) {
        Grid.Column<Change> column = grid.addColumn(value)
                .setKey(key)
                .setHeader(header)
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (sort == null) {
            column.setSortable(false);
        } else {
            column.setComparator(sort);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        applying = true;
        alpha.setValue(UrlState.get(q, "alpha").map(CompareFilter::parseAlpha).orElse(CompareFilter.DEFAULT_ALPHA));
        banner.check()
                .check(
                        q,
                        "alpha",
                        CompareFilter::validAlpha,
                        "not a significance level (a number strictly between 0 and 1)",
                        "α = " + Figures.alpha(alpha.getValue()) + " is used")
                .oneOf(q, "sort", SORTS, "not a column to sort by", "sorted by p")
                .check(q, "dir", "desc"::equals, "not a sort direction (desc, or none for ascending)", "ascending")
                .show();
        String sort = UrlState.get(q, "sort").filter(SORTS::contains).orElse("p");
        SortDirection direction = UrlState.get(q, "dir").filter("desc"::equals).isPresent()
                ? SortDirection.DESCENDING
                : SortDirection.ASCENDING;
        show(alpha.getValue());
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey(sort), direction)));
        applying = false;
    }

    private void show(double a) {
        report = changes.changeReport(a);
        grid.setItems(report.changes());
        chart.show(
                report.changes().stream()
                        .sorted(Comparator.comparing(c -> c.row().p()))
                        .toList(),
                a);
        working.clear();
        headline.setText(headline(report));
        summary.setText(report.significant().size() + " significant change(s) at p < " + Figures.alpha(a)
                + " (the inspectorate's "
                + "pooled z-test) under every count consistent with the printed figures, and " + report.depends()
                + " more whose verdict depends on the reading (marked ◐: significant under some consistent counts, not under "
                + "others), among " + report.compared() + " questions compared across "
                + report.pairs().size()
                + " pair(s) of successive inspections of a provider or its predecessor: "
                + String.join(", ", report.pairs())
                + ". Each row is one question of one pair; select it to see its working.");
        empty.setVisible(report.changes().isEmpty());
        empty.setText(report.changes().isEmpty() ? emptyExplanation(report) : "");
    }

    /** "Significant changes (p < 0.1, …): 0 rises and 4 falls; 3 survive Benjamini–Hochberg within their pair." */
    static String headline(ChangeReport r) {
        long rises = r.rises();
        long falls = r.significant().size() - rises;
        long survive = r.surviveBenjaminiHochberg();
        return "Significant changes (p < " + Figures.alpha(r.alpha()) + ", under every consistent count): "
                + org.probation.analytics.comparison.Direction.AFTER_MINUS_BEFORE.counted(rises, falls)
                + (r.significant().isEmpty()
                        ? ""
                        : survive == r.significant().size()
                                ? "; all survive Benjamini–Hochberg within their pair"
                                : "; " + survive + " survive Benjamini–Hochberg within their pair")
                + (r.depends() == 0 ? "" : "; " + r.depends() + " more depend on the reading")
                + ". " + r.tested() + " of " + r.compared() + " questions tested across "
                + r.pairs().size() + " pair(s).";
    }

    /** Why nothing was found: what could be tested, on what counts, with what sample sizes. */
    static String emptyExplanation(ChangeReport r) {
        if (r.pairs().isEmpty()) {
            return "No provider has been inspected twice (nor has a predecessor with an inspection), so there is no change to test.";
        }
        return "No significant change at α = " + Figures.alpha(r.alpha()) + ". Of the " + r.compared()
                + " questions compared, "
                + r.tested()
                + " could be tested; the others lack a count on one side (the reports mostly print rounded "
                + "percents, and where no whole count fits every printed figure the count is unknown). "
                + r.approximate()
                + " of the " + r.tested()
                + " tests rest on counts estimated from rounded percents, so they are approximate. "
                + (r.smallestN() == null
                        ? ""
                        : "The samples are small (" + r.smallestN() + " to " + r.largestN()
                                + " cases a side), so only large changes can reach significance; a smaller α asks for larger ones still. ")
                + "See the Methodology page for the caveats.";
    }

    private void updateUrl() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("alpha", Figures.alpha(alpha.getValue()));
        List<GridSortOrder<Change>> order = grid.getSortOrder();
        if (!order.isEmpty()) {
            q.put("sort", order.getFirst().getSorted().getKey());
            q.put("dir", order.getFirst().getDirection() == SortDirection.DESCENDING ? "desc" : null);
        }
        UrlState.replace(this, "changes", q);
    }
}
