package org.probation.analytics.overview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.probation.analytics.base.ui.EChart;
import org.probation.analytics.base.ui.LinkBanner;
import org.probation.analytics.base.ui.TableDownload;
import org.probation.analytics.base.ui.UrlState;
import org.probation.analytics.overview.Choice;
import org.probation.analytics.overview.Overview;
import org.probation.analytics.overview.OverviewChoices;
import org.probation.analytics.overview.OverviewFilter;
import org.probation.analytics.overview.OverviewRow;
import org.probation.analytics.overview.OverviewService;
import org.probation.analytics.overview.PublishedRating;
import org.probation.analytics.overview.StandardColumn;

/** Published ratings at a glance: a heatmap of inspections by standards for one framework, with its table. */
@Route("overview")
@PageTitle("Overview")
@Menu(title = "Overview", order = 1)
@AnonymousAllowed
public class OverviewView extends VerticalLayout implements BeforeEnterObserver {

    private final OverviewService service;
    private final OverviewChoices choices;
    private final Select<String> framework = new Select<>();
    private final Select<String> region = new Select<>();
    private final Select<String> type = new Select<>();
    private final Paragraph caption = new Paragraph();
    private final LinkBanner banner = new LinkBanner("overview-banner");
    private final RatingHeatmap chart = new RatingHeatmap();
    private final Grid<OverviewRow> grid = new Grid<>(OverviewRow.class, false);
    private final VerticalLayout working = new VerticalLayout();
    private Overview overview;
    private boolean entering;

    public OverviewView(OverviewService service) {
        this.service = service;
        this.choices = service.choices();
        setWidthFull();
        configureFilters();
        caption.setId("overview-caption");
        grid.setId("overview-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        chart.addChartClickListener(e -> navigateTo(RatingHeatmap.inspectionOf(e.itemId())));
        working.setId("overview-working");
        working.setPadding(false);
        Button png = new Button(
                "Download PNG",
                e -> chart.downloadPng(
                        EChart.fileName("overview-ratings", framework.getValue(), region.getValue(), type.getValue()),
                        "Published ratings, inspections × standards\n" + caption.getText() + "\nDrawn "
                                + java.time.LocalDate.now()));
        TableDownload<PublishedRating> csv = new TableDownload<>(
                "published-ratings", PublishedRating.class, () -> overview == null ? List.of() : overview.ratings());
        HorizontalLayout exports = new HorizontalLayout(png, csv);
        exports.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout filters = new HorizontalLayout(framework, region, type);
        filters.setWrap(true);
        add(
                new H2("Overview: published ratings"),
                banner,
                filters,
                caption,
                exports,
                chart.tableAlternative(grid),
                new H3("The same ratings as a table"),
                grid,
                new Details("Show working: where the ratings come from", working));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        entering = true;
        framework.setValue(valid(UrlState.get(query, "framework").orElse(null), choices.frameworks())
                .orElse(
                        choices.frameworks().isEmpty()
                                ? null
                                : choices.frameworks().getFirst().code()));
        region.setValue(valid(UrlState.get(query, "region").orElse(null), choices.regions())
                .orElse(null));
        type.setValue(valid(UrlState.get(query, "type").orElse(null), choices.providerTypes())
                .orElse(null));
        entering = false;
        banner.check()
                .oneOf(
                        query,
                        "framework",
                        codes(choices.frameworks()),
                        "not a framework with inspections",
                        framework.getValue() == null ? "nothing is shown" : framework.getValue() + " is shown")
                .oneOf(
                        query,
                        "region",
                        codes(choices.regions()),
                        "not a region with an inspected provider",
                        "all regions are shown")
                .oneOf(query, "type", codes(choices.providerTypes()), "not a provider type", "all types are shown")
                .show();
        show();
    }

    private void configureFilters() {
        configure(framework, "Framework", choices.frameworks(), null);
        configure(region, "Region", choices.regions(), "All regions");
        configure(type, "Provider type", choices.providerTypes(), "All types");
        framework.setId("overview-framework");
        framework.setWidth("18rem");
        region.setId("overview-region");
        type.setId("overview-type");
    }

    private void configure(Select<String> select, String label, List<Choice> options, String all) {
        Map<String, String> labels = options.stream()
                .collect(Collectors.toMap(Choice::code, Choice::label, (a, b) -> a, LinkedHashMap::new));
        select.setLabel(label);
        select.setItems(labels.keySet());
        select.setItemLabelGenerator(code -> code == null ? (all == null ? "" : all) : labels.getOrDefault(code, code));
        if (all != null) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(all);
        }
        select.addValueChangeListener(e -> {
            if (!entering) {
                banner.setVisible(false);
                show();
                UrlState.replace(this, "overview", urlParameters());
            }
        });
    }

    private Map<String, String> urlParameters() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("framework", framework.getValue());
        params.put("region", region.getValue());
        params.put("type", type.getValue());
        return params;
    }

    private void show() {
        if (framework.getValue() == null) {
            caption.setText("No inspections are loaded yet.");
            return;
        }
        overview = service.overview(new OverviewFilter(framework.getValue(), region.getValue(), type.getValue()));
        caption.setText(overview.rows().size() + (overview.rows().size() == 1 ? " inspection" : " inspections")
                + " of the " + overview.framework().label() + " × "
                + overview.standards().size()
                + " rated standards. Each cell is the rating the report publishes, in words and colour. "
                + (overview.rows().isEmpty()
                        ? "No inspection matches these filters."
                        : "Select a cell, or a provider in the table, to open the inspection."));
        chart.show(overview);
        configureGrid(overview.standards());
        grid.setItems(overview.rows());
        working.removeAll();
        OverviewWorking.describe(overview).forEach(working::add);
    }

    private void configureGrid(List<StandardColumn> standards) {
        grid.removeAllColumns();
        grid.addComponentColumn(r -> new Anchor("inspections/" + r.inspectionId(), r.provider()))
                .setHeader("Provider")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozen(true);
        // the overall rating and score beside the provider, in view on a laptop screen before the standards
        grid.addColumn(r -> r.overallRating() == null ? "" : r.overallRating())
                .setHeader("Overall")
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(OverviewRow::score).setHeader("Score").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OverviewRow::year).setHeader("Year").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OverviewRow::providerType)
                .setHeader("Type")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.region() == null ? "" : r.region())
                .setHeader("Region")
                .setAutoWidth(true)
                .setFlexGrow(0);
        for (StandardColumn s : standards) {
            grid.addColumn(r -> r.rating(s.code()) == null ? "—" : r.rating(s.code()))
                    .setHeader(s.label())
                    .setTooltipGenerator(r -> s.code() + " " + s.name())
                    .setWidth("7rem")
                    .setFlexGrow(1);
        }
    }

    private void navigateTo(String inspectionId) {
        if (!inspectionId.isEmpty()) {
            getUI().ifPresent(ui -> ui.navigate("inspections/" + inspectionId));
        }
    }

    private static List<String> codes(List<Choice> options) {
        return options.stream().map(Choice::code).toList();
    }

    private static Optional<String> valid(String code, List<Choice> options) {
        return options.stream().map(Choice::code).filter(c -> c.equals(code)).findFirst();
    }
}
