package org.probation.analytics.comparison.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.probation.analytics.base.ui.EChart;
import org.probation.analytics.base.ui.LastViewed;
import org.probation.analytics.base.ui.LinkBanner;
import org.probation.analytics.base.ui.PackDownload;
import org.probation.analytics.base.ui.TableDownload;
import org.probation.analytics.base.ui.UrlState;
import org.probation.analytics.calculator.CalculatorService;
import org.probation.analytics.comparison.ComparisonException;
import org.probation.analytics.comparison.ComparisonRow;
import org.probation.analytics.comparison.ComparisonService;
import org.probation.analytics.comparison.ComparisonSummary;
import org.probation.analytics.comparison.InspectionChoice;
import org.probation.analytics.comparison.RegionChoice;
import org.probation.analytics.comparison.RowWorking;
import org.probation.analytics.comparison.ui.CompareFilter.Mode;

/** Two inspections, an inspection and a benchmark, or two regions, question by question; the whole state in the URL. */
@Route("compare")
@PageTitle("Compare")
@Menu(title = "Compare", order = 3)
@AnonymousAllowed
public class CompareView extends VerticalLayout implements BeforeEnterObserver {

    private final ComparisonService comparisons;
    private final CalculatorService calculator;
    private final List<InspectionChoice> inspections;
    private final List<RegionChoice> regions;
    private final CompareFields fields;
    private final Paragraph summary = new Paragraph();
    /** Who a pooled side holds ("pooled from 3 providers: …"), with a warning when it is fewer than five. */
    private final PoolNote pool = new PoolNote();
    /** Why there is nothing to show, instead of an empty chart and table. */
    private final Paragraph empty = new Paragraph();
    /** One line before the detail: how many significant differences each way, and whether they survive BH. */
    private final Paragraph headline = new Paragraph();
    /** What was wrong with the link the view was opened with, and what is shown instead. */
    private final LinkBanner banner = new LinkBanner("compare-banner");

    private final DifferenceChart chart = new DifferenceChart();
    private final ComparisonGrid grid = new ComparisonGrid();
    private final WorkingPanel working = new WorkingPanel("compare");
    private CompareFilter filter = CompareFilter.from(QueryParameters.empty());
    private List<ComparisonRow> shown = List.of();

    public CompareView(ComparisonService comparisons, CalculatorService calculator) {
        this.comparisons = comparisons;
        this.calculator = calculator;
        this.inspections = comparisons.inspectionChoices();
        this.regions = comparisons.regionChoices();
        setWidthFull();
        fields = new CompareFields(inspections, regions, this::update);
        summary.setId("compare-summary");
        headline.setId("compare-headline");
        empty.setId("compare-empty");
        empty.addClassNames(
                LumoUtility.Background.CONTRAST_5, LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM);
        headline.getStyle().set("font-weight", "600").set("margin-bottom", "0");
        grid.asSingleSelect().addValueChangeListener(e -> showWorking(e.getValue()));
        chart.addChartClickListener(e -> shown.stream()
                .filter(r -> r.questionCode().equals(e.name()))
                .findFirst()
                .ifPresent(grid::select));
        Button png = new Button(
                "Download chart PNG",
                e -> chart.downloadPng(EChart.fileName(CompareNames.fileParts(filter)), chartTitle()));
        PackDownload pack = new PackDownload(() -> ComparePack.of(
                filter,
                shown,
                summary.getText(),
                CompareNames.describe(filter, this::displayName),
                chart,
                chartTitle(),
                calculator));
        HorizontalLayout tableHeading = new HorizontalLayout(new H3("Every figure"), grid.columnChooser());
        tableHeading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(
                new H2("Compare"),
                banner,
                fields,
                empty,
                headline,
                summary,
                pool,
                new HorizontalLayout(
                        png,
                        new TableDownload<>(
                                () -> EChart.fileName(CompareNames.fileParts(filter)),
                                ComparisonRow.class,
                                () -> shown),
                        pack),
                chart.tableAlternative(grid),
                tableHeading,
                grid.note(),
                grid,
                working);
    }

    /** The title drawn above the chart's PNG: the comparison, the rule, the data's date. */
    private String chartTitle() {
        return "Compare: " + CompareNames.describe(filter, this::displayName) + "\nSignificant: " + filter.rule()
                + " under every count consistent with the printed figures; 90% intervals\n" + "Data: "
                + comparisons.dataDate() + " · drawn " + java.time.LocalDate.now();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        if (q.getParameters().isEmpty()) {
            // opened from the menu: carry on from the last comparison, else from the last inspection looked at
            java.util.Optional<Map<String, String>> last = LastViewed.recall("compare")
                    .or(() -> LastViewed.recall("inspection")
                            .map(i -> Map.of("mode", "benchmark", "inspection", i.get("id"), "against", "national")));
            if (last.isPresent()) {
                event.forwardTo("compare", QueryParameters.simple(last.get()));
                return;
            }
        }
        CompareFilter f = CompareFilter.from(q).withDefaults(inspections, regions);
        banner.check();
        CompareLinkCheck.problems(q, f, inspections, regions).forEach(banner::problem);
        banner.show();
        apply(f);
    }

    /** Reads the fields into a filter, shows it and puts it in the URL. */
    private void update() {
        banner.setVisible(false);
        CompareFilter read = fields.read(filter);
        if (read != null) {
            apply(read.withDefaults(inspections, regions));
            UrlState.replace(this, "compare", filter.toQuery());
        }
    }

    /** Puts a filter in the fields (without reacting to them) and shows its comparison. */
    private void apply(CompareFilter f) {
        filter = f;
        LastViewed.remember("compare", f.toQuery());
        List<ComparisonRow> rows = load(f);
        TreeSet<String> standards =
                rows.stream().map(CompareFilter::standardOf).collect(Collectors.toCollection(TreeSet::new));
        if (f.standard() != null) {
            standards.add(f.standard());
        }
        fields.show(f, List.copyOf(standards), comparisons.standardLabels(f.frameworkShown(inspections)));
        shown = f.select(rows);
        grid.show(shown, f, flags(f));
        chart.show(shown, f);
        working.clear();
        ComparisonSummary counted = comparisons.summary(rows, shown, f.adjustment(), f.alpha());
        headline.setText(
                rows.isEmpty() ? "" : Headline.of(counted, rows.getFirst().directionKind()));
        headline.setVisible(!rows.isEmpty());
        showPool(f, rows.isEmpty());
        empty.setText(rows.isEmpty() ? summary.getText() : "");
        empty.setVisible(rows.isEmpty());
        summary.setVisible(!rows.isEmpty());
        chart.setVisible(!rows.isEmpty());
        grid.setVisible(!rows.isEmpty());
        if (!rows.isEmpty()) {
            summary.setText(CompareSummary.text(f, counted, rows.getFirst(), this::displayName));
        }
    }

    /** The flags of the inspections compared, for the rows (none for regions: a pool of many). */
    private InlineFlags flags(CompareFilter f) {
        return switch (f.mode()) {
            case INSPECTIONS, PEERS ->
                f.before() == null || f.after() == null
                        ? InlineFlags.NONE
                        : InlineFlags.of(comparisons.flags(f.before()), comparisons.flags(f.after()), "all", "all");
            case BENCHMARK ->
                f.inspection() == null
                        ? InlineFlags.NONE
                        : InlineFlags.of(comparisons.flags(f.inspection()), List.of(), "all", "all");
            case REGIONS -> InlineFlags.NONE;
        };
    }

    /** "Somerset (2023)" for an inspection id, "South West" for a region id, anything else as it is. */
    private String displayName(String id) {
        return inspections.stream()
                .filter(i -> i.id().equals(id))
                .map(InspectionChoice::label)
                .findFirst()
                .or(() -> regions.stream()
                        .filter(r -> r.regionId().equals(id))
                        .map(RegionChoice::regionName)
                        .findFirst())
                .orElse(id);
    }

    /** Who is pooled on a side, by name (nothing for two inspections, the comparator, or nothing shown). */
    private void showPool(CompareFilter f, boolean nothingShown) {
        try {
            pool.show(
                    nothingShown || f.missing() != null
                            ? List.of()
                            : switch (f.mode()) {
                                case BENCHMARK ->
                                    comparisons.benchmarkPool(f.inspection(), f.against()).stream()
                                            .toList();
                                case REGIONS -> comparisons.regionPools(f.framework(), f.regionA(), f.regionB());
                                case INSPECTIONS, PEERS -> List.of();
                            },
                    f.mode() == Mode.REGIONS ? List.of("A", "B") : List.of("B"));
        } catch (ComparisonException e) {
            pool.show(List.of(), List.of());
        }
    }

    private List<ComparisonRow> load(CompareFilter f) {
        summary.setText("No question is published on both sides of this comparison.");
        String missing = f.missing();
        if (missing != null) {
            summary.setText("Choose " + missing + " to compare.");
            return List.of();
        }
        try {
            return switch (f.mode()) {
                case INSPECTIONS -> comparisons.inspections(f.before(), f.after(), f.alpha());
                case PEERS -> comparisons.peers(f.before(), f.after(), f.alpha());
                case BENCHMARK -> comparisons.benchmark(f.inspection(), f.against(), f.alpha());
                case REGIONS -> comparisons.regions(f.framework(), f.regionA(), f.regionB(), f.alpha());
            };
        } catch (ComparisonException e) {
            summary.setText("Cannot compare: " + e.getMessage() + ".");
            return List.of();
        }
    }

    private void showWorking(ComparisonRow row) {
        if (row == null) {
            working.clear();
            return;
        }
        String rule =
                (filter.adjustment().significant(row) ? "significant (" : "not significant (") + filter.rule() + ")";
        working.show(
                row,
                filter.alpha(),
                row.p() == null ? "not tested" : rule,
                RowWorking.calculate(calculator, row, filter.alpha()));
        working.addFlags(flags(filter).detail(row));
    }
}
