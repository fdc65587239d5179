package org.probation.analytics.inspection.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Comparator;
import java.util.List;
import org.probation.analytics.base.ui.TableDownload;
import org.probation.analytics.inspection.Inspection;
import org.probation.analytics.inspection.InspectionService;

/** Every loaded inspection in one sortable grid. */
@Route("")
@PageTitle("Inspections")
@Menu(title = "Inspections", order = 0)
@AnonymousAllowed
public class InspectionsView extends VerticalLayout {

    private final Grid<Inspection> grid = new Grid<>(Inspection.class, false);
    private final Paragraph emptyState = new Paragraph();

    public InspectionsView(InspectionService service) {
        setSizeFull();
        configureGrid();
        List<Inspection> inspections = service.inspections();
        grid.setItems(inspections);
        emptyState.setText("No inspections are loaded yet. Add inspection folders under datasets/inspections/ "
                + "(the format is in datasets/README.md) and restart, and they will appear here.");
        emptyState.setVisible(inspections.isEmpty());
        grid.setVisible(!inspections.isEmpty());
        add(
                new H2("Inspections"),
                emptyState,
                new TableDownload<>("inspections", Inspection.class, () -> inspections),
                grid);
    }

    private void configureGrid() {
        grid.setId("inspections-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // a real link: reachable with Tab/arrow keys and Enter, and it opens in a new tab on request
        grid.addComponentColumn(i -> new Anchor("inspections/" + i.id(), i.provider()))
                .setHeader("Provider")
                .setComparator(Comparator.comparing(Inspection::provider))
                .setWidth("11rem")
                .setFlexGrow(3);
        // widths that fit a 1280-pixel laptop screen beside the navigation; longer cells wrap
        grid.addColumn(i -> i.providerType().label())
                .setHeader("Type")
                .setSortable(true)
                .setWidth("7rem")
                .setFlexGrow(1);
        grid.addColumn(i -> i.region() == null ? "" : i.region())
                .setHeader("Region")
                .setSortable(true)
                .setWidth("7rem")
                .setFlexGrow(1);
        grid.addColumn(Inspection::frameworkName)
                .setHeader("Framework")
                .setSortable(true)
                .setWidth("8rem")
                .setFlexGrow(1);
        grid.addColumn(Inspection::fieldworkLabel)
                .setHeader("Fieldwork")
                .setComparator(Comparator.comparing(Inspection::fieldworkStart))
                .setWidth("7rem")
                .setFlexGrow(1);
        grid.addColumn(i -> i.published().format(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy")))
                .setHeader("Published")
                .setComparator(Comparator.comparing(Inspection::published))
                .setWidth("6.5rem")
                .setFlexGrow(1);
        grid.addColumn(i -> i.overallRating() == null ? "" : i.overallRating())
                .setHeader("Overall rating")
                .setSortable(true)
                .setWidth("8rem")
                .setFlexGrow(1);
        grid.addColumn(Inspection::scoreLabel)
                .setHeader("Score")
                .setWidth("5.5rem")
                .setFlexGrow(0)
                .setComparator(
                        Comparator.comparing(Inspection::score, Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.setSizeFull();
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("inspections/" + e.getItem().id())));
    }
}
