package org.probation.analytics.base.ui;

import com.vaadin.flow.component.grid.Grid;

/** Layout rules shared by the tables. */
public final class Grids {

    private Grids() {}

    /**
     * Wide statistics tables scroll sideways inside themselves on a laptop screen; their first
     * column (what the row is) stays in view. Applied when the grid is shown, after its columns exist.
     */
    public static void keepFirstColumnInView(Grid<?> grid) {
        grid.addAttachListener(e -> freezeFirst(grid));
    }

    /** For grids that rebuild their columns: call after the rebuild. */
    public static void freezeFirst(Grid<?> grid) {
        if (!grid.getColumns().isEmpty()) {
            grid.getColumns().getFirst().setFrozen(true);
        }
    }
}
