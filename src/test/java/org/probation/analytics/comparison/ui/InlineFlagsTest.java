package org.probation.analytics.comparison.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.QueryParameters;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.probation.analytics.comparison.ComparisonRow;

/**
 * An inspection's data-quality flags in the rows that compare its figures, and which printing a
 * question printed twice is compared by (issue 14, item 4), on the seed inspections.
 */
class InlineFlagsTest extends SeedKaribuTest {

    @Test
    void a_figure_printed_twice_says_in_the_comparison_which_printing_is_used() {
        // Swansea 2.4.1.d all: 18 of 27 in the text (line 716) and 45% in the annexe table (line 1011)
        UI.getCurrent()
                .navigate(
                        "compare",
                        QueryParameters.fromString(
                                "mode=benchmark&inspection=swansea-neath-port-talbot-2022&against=national&level=prompt"));
        ComparisonGrid grid = _get(ComparisonGrid.class);
        int i = index(grid, "2.4.1.d");

        assertThat(GridKt._getFormatted(grid, i, "flags")).isEqualTo("A: printed more than once");
        assertThat(GridKt._getFormatted(grid, i, "a")).isEqualTo("18/27");
        grid.select(GridKt._get(grid, i));
        assertThat(_get(Pre.class, s -> s.withId("compare-working")).getText())
                .contains(
                        "Data-quality flags of the figures compared:",
                        "A: Printed 2 times: every view uses the first printing (line 716: 18/27), not line 1011: 45%.");
    }

    @Test
    void a_sub_sample_contrast_shows_each_sides_own_flags() {
        // Swansea 2.4.3.h: licence printed twice (8 of 13 in the text, 50% in the table); community 0% flagged by hand
        UI.getCurrent()
                .navigate(
                        "subsamples",
                        QueryParameters.fromString(
                                "inspection=swansea-neath-port-talbot-2022&a=community&b=licence&level=prompt&standard=2.4"));
        @SuppressWarnings("unchecked")
        Grid<ComparisonRow> contrast = _get(Grid.class, s -> s.withId("contrast-grid"));
        int i = index(contrast, "2.4.3.h");

        String flags = GridKt._getFormattedRow(contrast, i).get(7);
        assertThat(flags).contains("B: printed more than once");
    }

    private static int index(Grid<ComparisonRow> grid, String code) {
        return IntStream.range(0, GridKt._size(grid))
                .filter(k -> GridKt._get(grid, k).questionCode().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
