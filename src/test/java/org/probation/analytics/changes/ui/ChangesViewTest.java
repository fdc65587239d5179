package org.probation.analytics.changes.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.probation.analytics.base.Csv;
import org.probation.analytics.changes.Change;
import org.probation.analytics.changes.ChangesService;
import org.probation.analytics.comparison.ui.SeedKaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

class ChangesViewTest extends SeedKaribuTest {

    @Autowired
    ChangesService comparisons;

    @SuppressWarnings("unchecked")
    private static Grid<Change> grid() {
        return _get(Grid.class, s -> s.withId("changes-grid"));
    }

    private static List<String> questions() {
        Grid<Change> grid = grid();
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._getFormatted(grid, i, "question"))
                .toList();
    }

    @Test
    void every_significant_change_is_listed_by_p_with_its_inspection_pair() {
        UI.getCurrent().navigate("changes");

        // South West NPS 2021 against its successor Somerset PDU 2023 (datasets/provider-succession.csv)
        assertThat(questions()).containsExactly("2.1.3 → 2.2.3", "2.2.3 → 2.3.3", "2.3.1 → 2.4.1", "2.3.3 → 2.4.3");
        // the question, the change after − before, its verdict in words, p and q first (issue 14, item 2)
        assertThat(GridKt._getFormattedRow(grid(), 0))
                .startsWith(
                        "2.1.3 → 2.2.3",
                        "Somerset",
                        "−33.0",
                        "★ fell",
                        "0.0004431",
                        "0.005317",
                        "≈55/86 = 64%",
                        "≈13/42 = 31%");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("nps-south-west-2021 → somerset-2023");
        assertThat(_get(Paragraph.class, s -> s.withId("changes-summary")).getText())
                .startsWith("4 significant change(s) at p < 0.1")
                .contains("13 questions compared across 1 pair(s)");
        LocatorJ._assertNone(Paragraph.class, s -> s.withId("changes-empty"));
    }

    @Test
    void the_sort_comes_from_the_permalink() {
        UI.getCurrent().navigate("changes", QueryParameters.fromString("alpha=0.1&sort=question&dir=desc"));

        assertThat(questions()).containsExactly("2.3.3 → 2.4.3", "2.3.1 → 2.4.1", "2.2.3 → 2.3.3", "2.1.3 → 2.2.3");
    }

    @Test
    void no_change_at_a_strict_alpha_is_explained() {
        UI.getCurrent().navigate("changes", QueryParameters.fromString("alpha=0.0001"));

        assertThat(GridKt._size(grid())).isZero();
        Paragraph empty = _get(Paragraph.class, s -> s.withId("changes-empty"));
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText())
                .startsWith("No significant change at α = 0.0001. Of the 13 questions compared, 12 could be tested")
                .contains("12 of the 12 tests rest on counts estimated", "42 to 86 cases a side");
    }

    @Test
    void selecting_a_change_shows_its_working() {
        UI.getCurrent().navigate("changes");

        grid().select(GridKt._get(grid(), 0));

        assertThat(_get(Pre.class, s -> s.withId("changes-working")).getText())
                .contains("A = nps-south-west-2021: ≈55/86 = 64%", "B = somerset-2023: ≈13/42 = 31%");
        assertThat(_get(Pre.class, s -> s.withId("changes-r")).getText()).contains("x <- c(55, 13); n <- c(86, 42)");
    }

    @Test
    void the_csv_carries_the_inspection_pair_and_every_statistic_of_the_row() {
        String csv = Csv.of(comparisons.changeReport(0.1).changes(), Change.class);

        assertThat(csv.lines().findFirst().orElseThrow())
                .startsWith("before,beforeProvider,after,afterProvider,questionCode,question,level,labelA,xA,nA")
                .contains(
                        "diff,ciLow,ciHigh,z,p,test,significant,h,fisherP",
                        "pMin,pMax,verdict,readings,q,bhVerdict,holmP,holmVerdict");
        assertThat(csv.lines()).hasSize(5);
    }
}
