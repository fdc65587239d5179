package org.probation.analytics.inspection;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.Test;
import org.probation.analytics.KaribuTest;

class InspectionViewTest extends KaribuTest {

    @Test
    void the_permalink_shows_ratings_explained_results_by_subsample_and_flags() {
        UI.getCurrent().navigate("inspections/somerset-2023");

        Grid<?> ratings = _get(Grid.class, spec -> spec.withId("ratings-grid"));
        assertThat(GridKt._size(ratings)).isEqualTo(1);
        // discretion is a badge beside the published rating (issue 14, item 2)
        assertThat(GridKt._getFormattedRow(ratings, 0))
                .containsExactly(
                        "2.2",
                        "Inadequate follows the rule",
                        "Inadequate",
                        "2.2.3 at 31%",
                        "19 pp up to Requires improvement; 8 case(s) (estimated n)");

        @SuppressWarnings("unchecked")
        TreeGrid<ResultNode> results = _get(TreeGrid.class, spec -> spec.withId("results-grid"));
        // standard 2.2, its key question 2.2.1 with its prompt, and key question 2.2.3
        assertThat(GridKt._size(results)).isEqualTo(4);
        assertThat(GridKt._getFormattedRow(results, 3))
                .containsExactly(
                        "2.2.3",
                        "Does assessment focus sufficiently on keeping other people safe?",
                        "31% · ≈13/42",
                        "32% · 8/25",
                        "");

        Grid<?> flags = _get(Grid.class, spec -> spec.withId("flags-grid"));
        assertThat(GridKt._size(flags)).isEqualTo(1);
    }

    @Test
    void selecting_a_result_shows_where_each_figure_is_printed() {
        UI.getCurrent().navigate("inspections/somerset-2023");
        @SuppressWarnings("unchecked")
        TreeGrid<ResultNode> results = _get(TreeGrid.class, spec -> spec.withId("results-grid"));

        results.select(GridKt._get(results, 3));

        assertThat(_get(Pre.class, spec -> spec.withId("result-source")).getText())
                .contains(
                        "medium: 32% · 8/25 · 2.2 Assessment text · seed.txt line 310",
                        "all: 31% · ≈13/42 (estimate: the stated sample size 42; at the sample sizes; unique solution)");
    }

    @Test
    void a_benchmark_with_nothing_to_offer_keeps_the_key_questions_charted_and_says_why() {
        // the fixture's one inspection: no other provider to pool, no comparator printed (issue 14, item 3)
        for (String benchmark : java.util.List.of("national", "comparator")) {
            UI.getCurrent()
                    .navigate(
                            "inspections/somerset-2023",
                            com.vaadin.flow.router.QueryParameters.of("benchmark", benchmark));

            Paragraph note = _get(Paragraph.class, spec -> spec.withId("benchmark-note"));
            assertThat(note.isVisible()).as(benchmark).isTrue();
            assertThat(note.getText()).as(benchmark).startsWith("No benchmark marker: nothing to compare with: ");
            tools.jackson.databind.JsonNode option = tools.jackson.databind.json.JsonMapper.builder()
                    .build()
                    .readTree(_get(
                                    org.probation.analytics.base.ui.EChart.class,
                                    spec -> spec.withId("key-question-chart"))
                            .option());
            assertThat(option.get("series").get(0).get("data").size())
                    .as(benchmark + ": key questions charted")
                    .isPositive();
        }
    }
}
