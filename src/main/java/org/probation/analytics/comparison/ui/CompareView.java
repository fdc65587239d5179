package org.probation.analytics.comparison.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.probation.analytics.base.ui.CsvDownload;
import org.probation.analytics.base.ui.UrlState;
import org.probation.analytics.calculator.CalculatorService;
import org.probation.analytics.comparison.ComparisonException;
import org.probation.analytics.comparison.ComparisonRow;
import org.probation.analytics.comparison.ComparisonService;
import org.probation.analytics.comparison.InspectionChoice;
import org.probation.analytics.comparison.RegionChoice;
import org.probation.analytics.comparison.ui.CompareFilter.Level;
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
    private final Select<Mode> mode = new Select<>();
    private final Select<String> before = new Select<>();
    private final Select<String> after = new Select<>();
    private final Select<String> inspection = new Select<>();
    private final Select<String> against = new Select<>();
    private final Select<String> framework = new Select<>();
    private final Select<String> regionA = new Select<>();
    private final Select<String> regionB = new Select<>();
    private final RadioButtonGroup<Level> level = new RadioButtonGroup<>("Questions");
    private final Select<String> standard = new Select<>();
    private final Checkbox bh = new Checkbox("Benjamini–Hochberg: call significant only q < α");
    private final NumberField alpha = new NumberField("Significance level α");
    private final Paragraph summary = new Paragraph();
    /** One line before the detail: how many significant differences each way, and whether they survive BH. */
    private final Paragraph headline = new Paragraph();
    /** What was wrong with the link the view was opened with, and what is shown instead. */
    private final Paragraph banner = new Paragraph();
    private final DifferenceChart chart = new DifferenceChart();
    private final ComparisonGrid grid = new ComparisonGrid();
    private final WorkingPanel working = new WorkingPanel("compare");
    private CompareFilter filter = CompareFilter.from(QueryParameters.empty());
    private List<ComparisonRow> shown = List.of();
    private boolean applying;

    public CompareView(ComparisonService comparisons, CalculatorService calculator) {
        this.comparisons = comparisons;
        this.calculator = calculator;
        this.inspections = comparisons.inspectionChoices();
        this.regions = comparisons.regionChoices();
        setWidthFull();
        configureChoices();
        summary.setId("compare-summary");
        headline.setId("compare-headline");
        headline.getStyle().set("font-weight", "600").set("margin-bottom", "0");
        grid.asSingleSelect().addValueChangeListener(e -> showWorking(e.getValue()));
        chart.addChartClickListener(e -> shown.stream().filter(r -> r.questionCode().equals(e.name())).findFirst()
                .ifPresent(grid::select));
        Button png = new Button("Download chart PNG", e -> chart.downloadPng());
        HorizontalLayout what = new HorizontalLayout(mode, before, after, inspection, against, framework, regionA, regionB);
        HorizontalLayout which = new HorizontalLayout(level, standard, alpha, bh);
        for (HorizontalLayout row : List.of(what, which)) {
            row.setWrap(true);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        }
        banner.setId("compare-banner");
        banner.getElement().setAttribute("role", "alert");
        banner.getStyle().set("background", "var(--lumo-error-color-10pct)").set("padding", "var(--lumo-space-s)")
                .set("border-left", "4px solid var(--lumo-error-color)");
        banner.setVisible(false);
        HorizontalLayout tableHeading = new HorizontalLayout(new H3("Every figure"), grid.columnChooser());
        tableHeading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2("Compare"), banner, what, which, headline, summary, new HorizontalLayout(png,
                        new CsvDownload<>("comparison", ComparisonRow.class, () -> shown)),
                chart, tableHeading, grid, working);
    }

    private void configureChoices() {
        Map<String, String> inspectionLabels = inspections.stream()
                .collect(Collectors.toMap(InspectionChoice::id, InspectionChoice::label));
        Map<String, String> regionLabels = regions.stream()
                .collect(Collectors.toMap(RegionChoice::regionId, RegionChoice::regionName, (x, y) -> x));
        mode.setLabel("Compare");
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> m.label);
        mode.setWidth("20rem");
        choose(before, "Before (A)", inspections.stream().map(InspectionChoice::id).toList(), inspectionLabels);
        choose(after, "After (B)", inspections.stream().map(InspectionChoice::id).toList(), inspectionLabels);
        choose(inspection, "Inspection (A)", inspections.stream().map(InspectionChoice::id).toList(), inspectionLabels);
        choose(against, "Benchmark (B)", CompareFilter.BENCHMARKS, Map.of(
                "national", "All other providers of the framework (pooled)",
                "region", "The region's other providers (pooled)",
                "comparator", "Comparator figure printed in the report"));
        choose(framework, "Framework", regions.stream().map(RegionChoice::framework).distinct().toList(), regions.stream()
                .collect(Collectors.toMap(RegionChoice::framework, RegionChoice::frameworkName, (x, y) -> x)));
        choose(regionA, "Region A", List.of(), regionLabels);
        choose(regionB, "Region B", List.of(), regionLabels);
        level.setItems(Level.values());
        level.setItemLabelGenerator(l -> l.label);
        standard.setLabel("Standard");
        standard.setEmptySelectionAllowed(true);
        standard.setEmptySelectionCaption("All standards");
        alpha.setManualValidation(true);
        alpha.setErrorMessage("α must be a number between 0 and 1");
        for (HasValue<?, ?> field : List.of(mode, before, after, inspection, against, framework, regionA, regionB, level,
                standard, bh, alpha)) {
            field.addValueChangeListener(e -> {
                if (!applying) {
                    update();
                }
            });
        }
    }

    private static void choose(Select<String> select, String label, List<String> items, Map<String, String> labels) {
        select.setLabel(label);
        select.setWidth("19rem");
        select.setItems(items);
        select.setItemLabelGenerator(id -> labels.getOrDefault(id, id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        CompareFilter f = CompareFilter.from(q).withDefaults(inspections, regions);
        List<String> problems = CompareLinkCheck.problems(q, f, inspections, regions);
        banner.setText(problems.isEmpty() ? "" : "This link could not be followed exactly: " + String.join("; ", problems)
                + ". The fields below show what is compared instead.");
        banner.setVisible(!problems.isEmpty());
        apply(f);
    }

    /** Reads the fields into a filter, shows it and puts it in the URL. */
    private void update() {
        banner.setVisible(false);
        if (alpha.getValue() == null || alpha.getValue() <= 0 || alpha.getValue() >= 1) {
            alpha.setInvalid(true);
            return;
        }
        alpha.setInvalid(false);
        boolean frameworkChanged = framework.getValue() != null && !framework.getValue().equals(filter.framework());
        apply(new CompareFilter(mode.getValue(), before.getValue(), after.getValue(), inspection.getValue(),
                against.getValue(), framework.getValue(), frameworkChanged ? null : regionA.getValue(),
                frameworkChanged ? null : regionB.getValue(), level.getValue(), standard.getValue(), bh.getValue(),
                alpha.getValue()).withDefaults(inspections, regions));
        UrlState.replace(this, "compare", filter.toQuery());
    }

    /** Puts a filter in the fields (without reacting to them) and shows its comparison. */
    private void apply(CompareFilter f) {
        filter = f;
        applying = true;
        mode.setValue(f.mode());
        before.setValue(f.before());
        after.setValue(f.after());
        inspection.setValue(f.inspection());
        against.setValue(f.against());
        framework.setValue(f.framework());
        List<String> inFramework = regions.stream().filter(r -> r.framework().equals(f.framework()))
                .map(RegionChoice::regionId).toList();
        regionA.setItems(inFramework);
        regionB.setItems(inFramework);
        regionA.setValue(f.regionA());
        regionB.setValue(f.regionB());
        level.setValue(f.level());
        bh.setValue(f.bh());
        alpha.setValue(f.alpha());
        before.setVisible(f.mode() == Mode.INSPECTIONS);
        after.setVisible(f.mode() == Mode.INSPECTIONS);
        inspection.setVisible(f.mode() == Mode.BENCHMARK);
        against.setVisible(f.mode() == Mode.BENCHMARK);
        framework.setVisible(f.mode() == Mode.REGIONS);
        regionA.setVisible(f.mode() == Mode.REGIONS);
        regionB.setVisible(f.mode() == Mode.REGIONS);
        List<ComparisonRow> rows = load(f);
        TreeSet<String> standards = rows.stream().map(CompareFilter::standardOf).collect(Collectors.toCollection(TreeSet::new));
        if (f.standard() != null) {
            standards.add(f.standard());
        }
        standard.setItems(List.copyOf(standards));
        standard.setValue(f.standard());
        applying = false;
        shown = f.select(rows);
        grid.show(shown, f);
        chart.show(shown, f);
        working.clear();
        headline.setText(rows.isEmpty() ? "" : f.headline(shown));
        headline.setVisible(!rows.isEmpty());
        if (!rows.isEmpty()) {
            summary.setText(f.summarise(rows, shown));
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
        String rule = (filter.significant(row) ? "significant (" : "not significant (") + filter.rule() + ")";
        working.show(row, filter.alpha(), row.p() == null ? "not tested" : rule,
                WorkingPanel.calculate(calculator, row, filter.alpha()));
    }
}
