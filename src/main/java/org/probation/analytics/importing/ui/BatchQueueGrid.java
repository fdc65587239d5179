package org.probation.analytics.importing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.function.Consumer;
import org.probation.analytics.importing.batch.BatchEntry;
import org.probation.analytics.importing.batch.EntryStatus;
import org.probation.analytics.inspection.ui.InspectionView;

/** The batch's queue: each file's kind, status, inspection (a link once committed), counts, and its actions. */
class BatchQueueGrid extends Grid<BatchEntry> {

    BatchQueueGrid(Consumer<BatchEntry> commit, Consumer<BatchEntry> remove) {
        super(BatchEntry.class, false);
        setId("batch-queue");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(BatchEntry::name).setHeader("File").setKey("file").setFlexGrow(1);
        addColumn(e -> e.kind().label())
                .setHeader("Kind")
                .setKey("kind")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addComponentColumn(BatchQueueGrid::badge)
                .setHeader("Status")
                .setKey("status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addComponentColumn(BatchQueueGrid::inspection)
                .setHeader("Inspection")
                .setKey("inspection")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(e -> e.preview().results().size())
                .setHeader("Rows")
                .setKey("rows")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(e -> e.preview().flags().size())
                .setHeader("Flags")
                .setKey("flags")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(e -> e.errors().size())
                .setHeader("Errors")
                .setKey("errors")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addComponentColumn(e -> actions(e, commit, remove))
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        setAllRowsVisible(true);
    }

    private static Span badge(BatchEntry e) {
        Span badge = new Span(BatchMessages.status(e.status()));
        badge.getElement().setAttribute("theme", "badge");
        badge.getElement().setAttribute("style", BatchMessages.badgeStyle(e.status()));
        badge.setId("status-" + e.number());
        return badge;
    }

    private static com.vaadin.flow.component.Component inspection(BatchEntry e) {
        if (e.status() == EntryStatus.COMMITTED) {
            RouterLink link =
                    new RouterLink(e.committedId(), InspectionView.class, new RouteParameters("id", e.committedId()));
            link.setId("inspection-link-" + e.number());
            return link;
        }
        return new Span(e.inspectionId() == null ? "" : e.inspectionId());
    }

    private static HorizontalLayout actions(BatchEntry e, Consumer<BatchEntry> commit, Consumer<BatchEntry> remove) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (e.status().ready()) {
            Button go = new Button(e.preview().exists() ? "Replace" : "Commit", click -> commit.accept(e));
            go.setId("commit-entry-" + e.number());
            go.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            go.getElement().setAttribute("aria-label", go.getText() + " " + e.name());
            actions.add(go);
        }
        Button drop = new Button("Remove", click -> remove.accept(e));
        drop.setId("remove-entry-" + e.number());
        drop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        drop.getElement().setAttribute("aria-label", "Remove " + e.name() + " from the queue");
        actions.add(drop);
        return actions;
    }
}
