package org.probation.analytics.inspection;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.probation.analytics.KaribuTest;
import org.probation.analytics.inspection.ui.InspectionsView;

class InspectionsViewTest extends KaribuTest {

    @Test
    void lists_each_loaded_inspection_with_its_provider_region_and_outcome() {
        UI.getCurrent().navigate(InspectionsView.class);

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("inspections-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0))
                .containsExactly(
                        "Anchor[text='Somerset', href='inspections/somerset-2023']",
                        "PDU",
                        "South West",
                        "PDU framework",
                        "12 Jun 2023",
                        "Jul 2023",
                        "Requires improvement",
                        "8/27");
    }
}
