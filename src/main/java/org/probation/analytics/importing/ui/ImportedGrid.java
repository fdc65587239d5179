package org.probation.analytics.importing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.function.Consumer;
import org.probation.analytics.inspection.Inspection;
import org.probation.analytics.inspection.ui.InspectionView;

/** The imported inspections, each linked to its page, with its Delete button. */
class ImportedGrid extends Grid<Inspection> {

    ImportedGrid(Consumer<String> delete) {
        super(Inspection.class, false);
        setId("imported-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addComponentColumn(i -> new RouterLink(i.id(), InspectionView.class, new RouteParameters("id", i.id())))
                .setHeader("Inspection")
                .setKey("id")
                .setAutoWidth(true);
        addColumn(Inspection::provider).setHeader("Provider").setKey("provider").setAutoWidth(true);
        addColumn(Inspection::frameworkName)
                .setHeader("Framework")
                .setKey("framework")
                .setAutoWidth(true);
        addColumn(Inspection::fieldworkLabel)
                .setHeader("Fieldwork")
                .setKey("fieldwork")
                .setAutoWidth(true);
        addColumn(i -> i.overallRating() == null ? "" : i.overallRating())
                .setHeader("Overall rating")
                .setKey("rating")
                .setAutoWidth(true);
        addComponentColumn(i -> {
                    Button button = new Button("Delete", e -> delete.accept(i.id()));
                    button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                    return button;
                })
                .setKey("delete")
                .setAutoWidth(true);
        setAllRowsVisible(true);
    }
}
