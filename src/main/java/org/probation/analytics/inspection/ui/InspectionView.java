package org.probation.analytics.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.probation.analytics.base.BenchmarkKind;
import org.probation.analytics.base.ui.EChart;
import org.probation.analytics.base.ui.Grids;
import org.probation.analytics.base.ui.LastViewed;
import org.probation.analytics.base.ui.TableDownload;
import org.probation.analytics.base.ui.UrlState;
import org.probation.analytics.inspection.Inspection;
import org.probation.analytics.inspection.InspectionPage;
import org.probation.analytics.inspection.InspectionPages;
import org.probation.analytics.inspection.QualityFlag;
import org.probation.analytics.inspection.ResultNode;
import org.probation.analytics.inspection.ResultRow;
import org.probation.analytics.rating.StandardRatingCheck;

/** One inspection at its own permalink: ratings explained, every result by sub-sample, and the data-quality flags. */
@Route("inspections/:id")
@PageTitle("Inspection")
@AnonymousAllowed
public class InspectionView extends VerticalLayout implements BeforeEnterObserver {

    private final InspectionPages pages;
    private final KeyQuestionChart chart = new KeyQuestionChart();
    private final Select<BenchmarkKind> benchmark = new Select<>();
    /** What the report's markers (* and **) mean, as its own legend says. */
    private final Paragraph markers = new Paragraph();
    /** Why the chosen benchmark shows no marker (an empty pool, no comparator printed). */
    private final Paragraph benchmarkNote = new Paragraph();

    private String inspectionId;
    private final H2 title = new H2();
    private final Paragraph overall = new Paragraph();
    /** How the sample's community / licence split is read for the counts, when the percents contradict it. */
    private final Paragraph sampleReading = new Paragraph();

    private final RatingsGrid ratingGrid = new RatingsGrid();
    private final TreeGrid<ResultNode> resultGrid = new TreeGrid<>();
    private final Pre source = new Pre("Select a row to see where each of its figures is printed.");
    /** Where to go from here, with this inspection filled in. */
    private final HorizontalLayout links = new HorizontalLayout();
    /** The selected question's funnel plot. */
    private final Anchor funnel = new Anchor();

    private String framework;
    private final Grid<QualityFlag> flagGrid = new Grid<>(QualityFlag.class, false);
    private final Div ratingsCsv = new Div();
    private final Div resultsCsv = new Div();
    private final Div flagsCsv = new Div();

    public InspectionView(InspectionPages pages) {
        this.pages = pages;
        setWidthFull();
        configureFlagGrid();
        source.setId("result-source");
        benchmark.setLabel("Benchmark marker");
        benchmark.setItems(BenchmarkKind.values());
        benchmark.setItemLabelGenerator(b -> switch (b) {
            case NATIONAL -> "All other providers of the framework (pooled)";
            case REGION -> "The region's other providers (pooled)";
            case COMPARATOR -> "Comparator printed in the report";
        });
        benchmark.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showChart(pages.chart(inspectionId, e.getValue().code()));
                UrlState.replace(
                        this,
                        "inspections/" + inspectionId,
                        Map.of("benchmark", e.getValue().code()));
            }
        });
        Button png = new Button(
                "Download PNG",
                e -> chart.downloadPng(
                        EChart.fileName(
                                inspectionId,
                                "key-questions",
                                "vs",
                                benchmark.getValue().code()),
                        title.getText() + "\nKey questions with 90% intervals; marker: "
                                + benchmark.getItemLabelGenerator().apply(benchmark.getValue()) + "\nDrawn "
                                + java.time.LocalDate.now()));
        overall.setId("overall-check");
        benchmarkNote.setId("benchmark-note");
        markers.setId("marker-legend");
        benchmarkNote.setVisible(false);
        links.setId("inspection-links");
        links.setWrap(true);
        funnel.setId("link-funnel");
        funnel.setVisible(false);
        add(
                title,
                links,
                overall,
                new H3("Ratings: published and by the rule"),
                ratingsCsv,
                ratingGrid,
                new H3("Key questions against the rating bands"),
                new HorizontalLayout(benchmark, png),
                benchmarkNote,
                chart,
                new H3("Results"),
                sampleReading,
                resultsCsv,
                resultGrid,
                markers,
                source,
                funnel,
                new H3("Data-quality flags"),
                flagsCsv,
                flagGrid);
    }

    /** The key questions always; the chosen benchmark's markers where it has any, else a note saying why not. */
    private void showChart(InspectionPage.KeyQuestions keyQuestions) {
        chart.show(keyQuestions.rows());
        if (keyQuestions.noMarker() == null) {
            benchmarkNote.setVisible(false);
        } else {
            benchmarkNote.setText("No benchmark marker: " + keyQuestions.noMarker() + ".");
            benchmarkNote.setVisible(true);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        BenchmarkKind chosen = UrlState.get(event.getLocation().getQueryParameters(), "benchmark")
                .flatMap(BenchmarkKind::find)
                .orElse(BenchmarkKind.NATIONAL);
        InspectionPage page =
                pages.page(id, chosen.code()).orElseThrow(() -> new NotFoundException("no inspection " + id));
        Inspection inspection = page.inspection();
        inspectionId = id;
        LastViewed.remember("inspection", Map.of("id", id));
        framework = inspection.framework();
        benchmark.setValue(chosen);
        showChart(page.chart());
        title.setText(inspection.title());
        showLinks(page);
        if (page.overall() != null) {
            overall.setText(ResultWording.overall(page.overall()));
        }
        List<StandardRatingCheck> checks = page.ratings();
        ratingGrid.setItems(checks);
        List<ResultRow> rows = page.results();
        Map<String, String> names = checks.stream()
                .collect(Collectors.toMap(StandardRatingCheck::standardCode, StandardRatingCheck::standardName));
        List<QualityFlag> flags = page.flags();
        configureResultGrid(rows, names, flags.stream().collect(Collectors.groupingBy(QualityFlag::item)));
        String legend = ResultWording.markerLegend(rows);
        markers.setText(legend);
        markers.setVisible(!legend.isEmpty());
        flagGrid.setItems(flags);
        sampleReading.setId("sample-reading");
        List<String> readings = flags.stream()
                .filter(f -> f.rule().equals("sample_reading"))
                .map(QualityFlag::reason)
                .toList();
        sampleReading.setText(
                readings.isEmpty() ? "" : "Counts estimated from the printed percents: " + String.join(" ", readings));
        sampleReading.setVisible(!readings.isEmpty());
        csv(ratingsCsv, new TableDownload<>(id + "-ratings", StandardRatingCheck.class, () -> checks));
        csv(resultsCsv, new TableDownload<>(id + "-results", ResultRow.class, () -> rows));
        csv(flagsCsv, new TableDownload<>(id + "-data-quality", QualityFlag.class, () -> flags));
    }

    /** Changes since the previous inspection, the two benchmarks and the sub-samples, each with this inspection filled in. */
    private void showLinks(InspectionPage page) {
        links.removeAll();
        String id = page.inspection().id();
        InspectionPage.Previous previous = page.previous();
        if (previous != null) {
            links.add(link(
                    "link-changes",
                    "Changes since " + previous.name(),
                    "compare?mode=inspections&before=" + previous.id() + "&after=" + id));
        }
        // a benchmark whose pool is empty is said, not offered as a link to an empty page (issue 14, item 3)
        for (InspectionPage.Benchmark b : page.benchmarks()) {
            String against = b.against();
            String text = against.equals("national") ? "Against all other providers" : "Against its region";
            links.add(
                    b.pool().providers().isEmpty()
                            ? unavailable("link-" + against, text + ": no other inspected provider")
                            : link(
                                    "link-" + against,
                                    text + " (" + b.pool().providers().size() + ")",
                                    "compare?mode=benchmark&inspection=" + id + "&against=" + against));
        }
        links.add(link("link-subsamples", "Its sub-samples", "subsamples?inspection=" + id));
        funnel.setVisible(false);
    }

    private static Anchor link(String id, String text, String href) {
        Anchor a = new Anchor(href, text);
        a.setId(id);
        return a;
    }

    private static Span unavailable(String id, String text) {
        Span s = new Span(text);
        s.setId(id);
        s.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return s;
    }

    private static void csv(Div holder, TableDownload<?> download) {
        holder.removeAll();
        holder.add(download);
    }

    private void configureResultGrid(
            List<ResultRow> rows, Map<String, String> standardNames, Map<String, List<QualityFlag>> flagsByItem) {
        resultGrid.removeAllColumns();
        resultGrid.setId("results-grid");
        chart.tableAlternative(resultGrid);
        Grids.keepFirstColumnInView(resultGrid);
        resultGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        resultGrid.setAllRowsVisible(true);
        resultGrid
                .addHierarchyColumn(ResultNode::code)
                .setHeader("Code")
                .setAutoWidth(true)
                .setFlexGrow(0);
        resultGrid.addColumn(ResultNode::question).setHeader("Question").setFlexGrow(1);
        Set<String> subsamples =
                rows.stream().map(ResultRow::subsample).collect(Collectors.toCollection(LinkedHashSet::new));
        for (String subsample : subsamples) {
            resultGrid
                    .addColumn(n -> n.cell(subsample))
                    .setHeader(subsample)
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        resultGrid
                .addColumn(n -> {
                    int count = flagsByItem.getOrDefault(n.code(), List.of()).size();
                    return count == 0 ? "" : count + (count == 1 ? " flag" : " flags");
                })
                .setHeader("Data quality")
                .setAutoWidth(true)
                .setFlexGrow(0);
        List<ResultNode> tree = ResultNode.tree(rows, standardNames);
        resultGrid.setItems(tree, ResultNode::children);
        resultGrid.expandRecursively(tree, 1);
        resultGrid.asSingleSelect().addValueChangeListener(e -> {
            source.setText(
                    e.getValue() == null
                            ? ""
                            : ResultWording.describe(
                                    e.getValue(),
                                    flagsByItem.getOrDefault(e.getValue().code(), List.of())));
            // a funnel compares providers' all-cases results of one key question or prompt
            boolean question = e.getValue() != null
                    && e.getValue().level().question()
                    && e.getValue().bySubsample().containsKey("all");
            funnel.setVisible(question);
            if (question) {
                funnel.setText("This question's funnel plot (" + e.getValue().code() + ")");
                funnel.setHref("funnel?framework=" + framework + "&question="
                        + e.getValue().code());
            }
        });
    }

    private void configureFlagGrid() {
        flagGrid.setId("flags-grid");
        Grids.keepFirstColumnInView(flagGrid);
        flagGrid.setAllRowsVisible(true);
        flagGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        flagGrid.addColumn(QualityFlag::item)
                .setHeader("Item")
                .setAutoWidth(true)
                .setFlexGrow(0);
        flagGrid.addColumn(QualityFlag::rule)
                .setHeader("Check")
                .setAutoWidth(true)
                .setFlexGrow(0);
        flagGrid.addColumn(QualityFlag::reason).setHeader("Reason").setFlexGrow(1);
        flagGrid.addColumn(QualityFlag::source)
                .setHeader("Source")
                .setAutoWidth(true)
                .setFlexGrow(0);
    }
}
