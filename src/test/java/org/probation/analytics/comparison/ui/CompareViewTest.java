package org.probation.analytics.comparison.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.probation.analytics.comparison.Adjustment;
import org.probation.analytics.comparison.ComparisonRow;
import org.probation.analytics.comparison.ComparisonService;
import org.probation.analytics.comparison.ui.CompareFilter.Level;
import org.probation.analytics.comparison.ui.CompareFilter.Mode;
import org.springframework.beans.factory.annotation.Autowired;

class CompareViewTest extends SeedKaribuTest {

    @Autowired
    ComparisonService comparisons;

    private static void open(String query) {
        UI.getCurrent().navigate("compare", QueryParameters.fromString(query));
    }

    @SuppressWarnings("unchecked")
    private static ComparisonGrid grid() {
        return _get(ComparisonGrid.class);
    }

    private static List<String> column(String key) {
        ComparisonGrid grid = grid();
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._getFormatted(grid, i, key))
                .toList();
    }

    @Test
    void a_permalink_sets_every_field_and_shows_exactly_that_comparison() {
        open(
                "mode=inspections&before=nps-south-west-2021&after=somerset-2023&level=key_question&standard=2.2&bh=true&alpha=0.05");

        assertThat(_get(Select.class, s -> s.withLabel("Compare")).getValue()).isEqualTo(Mode.INSPECTIONS);
        assertThat(_get(ComboBox.class, s -> s.withLabel("Before (A)")).getValue())
                .isEqualTo("nps-south-west-2021");
        assertThat(_get(ComboBox.class, s -> s.withLabel("After (B)")).getValue())
                .isEqualTo("somerset-2023");
        assertThat(_get(RadioButtonGroup.class, s -> s.withLabel("Questions")).getValue())
                .isEqualTo(Level.KEY_QUESTION);
        assertThat(_get(Select.class, s -> s.withLabel("Standard")).getValue()).isEqualTo("2.2");
        assertThat(adjustment().getValue()).as("an older permalink's bh=true").isEqualTo(Adjustment.BENJAMINI_HOCHBERG);
        assertThat(_get(NumberField.class).getValue()).isEqualTo(0.05);
        // NPS 2.1.x maps to PDU 2.2.x (datasets/question-mapping.csv): three key questions of standard 2.2
        assertThat(column("code")).containsExactly("2.1.1 → 2.2.1", "2.1.2 → 2.2.2", "2.1.3 → 2.2.3");
        // what a reader decides by first (issue 14, item 2): percents, after − before, the verdict in words, p, q
        assertThat(GridKt._getFormattedRow(grid(), 2))
                .startsWith(
                        "2.1.3 → 2.2.3",
                        "Does assessment focus sufficiently on keeping other people safe?",
                        "64%",
                        "31%",
                        "−33.0",
                        "★ fell",
                        "0.0004431",
                        "0.005317",
                        "A: source note",
                        "≈55/86",
                        "≈13/42",
                        "−46.0 to −17.6",
                        "−3.513",
                        "0.0004431",
                        "★ yes",
                        "≈ yes (estimated count)",
                        "");
        assertThat(grid().getColumnByKey("diff").getHeaderText()).isEqualTo("After − before (B − A), pp");
        assertThat(grid().getColumnByKey("pctA").getHeaderText()).isEqualTo("% Before");
        // 2.1.1 → 2.2.1: 63/86 = 73.3% is printed 73%, so the line above the table says the tests use the counts
        assertThat(_get(Paragraph.class, s -> s.withId("compare-table-note")).getText())
                .startsWith(
                        "Percents as printed; the differences, intervals and tests use the counts x/n, whose rates differ");
        assertThat(grid().getColumnByKey("test").isVisible())
                .as("the test behind the column chooser")
                .isFalse();
        assertThat(grid().getColumnByKey("h").isVisible())
                .as("Cohen's h behind the column chooser")
                .isFalse();
        assertThat(_get(Paragraph.class, s -> s.withId("compare-headline")).getText())
                .isEqualTo("Significant (p < 0.05, under every consistent count): 0 rises and 1 fall; all survive "
                        + "Benjamini–Hochberg. 3 of 3 questions tested.");
        assertThat(_get(Paragraph.class, s -> s.withId("compare-summary")).getText())
                .startsWith(
                        "A = South West National Probation Service (fieldwork Feb 2021, published Jul 2021), B = Somerset (fieldwork Jun 2023, published Jul 2023)")
                .contains("3 of 13 questions shown: 3 tested");
    }

    @Test
    void the_level_and_standard_filters_narrow_the_rows() {
        open("mode=inspections&before=swansea-neath-port-talbot-2022&after=somerset-2023");
        assertThat(GridKt._size(grid())).isEqualTo(30);

        _get(RadioButtonGroup.class, s -> s.withLabel("Questions")).setValue(Level.PROMPT);
        assertThat(GridKt._size(grid())).isEqualTo(16);
        assertThat(column("code"))
                .allMatch(code -> code.chars().filter(c -> c == '.').count() == 3);

        _get(Select.class, s -> s.withLabel("Standard")).setValue("2.3");
        assertThat(column("code")).containsExactly("2.3.1.c", "2.3.1.f", "2.3.2.a", "2.3.2.b", "2.3.2.c");
    }

    @Test
    void the_benjamini_hochberg_toggle_changes_what_is_called_significant_but_not_the_official_flag() {
        open("mode=inspections&before=swansea-neath-port-talbot-2022&after=somerset-2023&alpha=0.1");
        assertThat(column("significant").stream().filter(v -> v.startsWith("★")))
                .hasSize(15);
        assertThat(column("flag").stream().filter("★ yes"::equals)).hasSize(15);

        adjustment().setValue(Adjustment.BENJAMINI_HOCHBERG);

        // q < 0.1 under every reading for 7 (2.2.1.d, 2.3.1, 2.3.1.c, 2.3.2.b, 2.4.2, 2.5.1, 2.5.1.b); 2.3.2.a's
        // Swansea count is 16/40 or 8/20 (marked relevant-only), and its q crosses 0.1 between the two
        assertThat(column("significant").stream().filter(v -> v.startsWith("★")))
                .hasSize(7);
        assertThat(column("significant").stream()
                        .filter(v -> v.startsWith("◐") && v.endsWith("? depends on the reading")))
                .hasSize(1);
        assertThat(column("flag").stream().filter("★ yes"::equals)).hasSize(15);
        assertThat(grid().getColumnByKey("significant").getHeaderText()).isEqualTo("Verdict (q < 0.1, BH)");
        assertThat(_get(Paragraph.class, s -> s.withId("compare-summary")).getText())
                .contains(
                        "15 significant by the inspectorate's rule (p < 0.1) under every count consistent with the printed "
                                + "figures, 0 depending on the reading",
                        "7 with Benjamini–Hochberg q < 0.1 under every reading and 1 more under some",
                        "Significant in chart and table: q < 0.1 (Benjamini–Hochberg)");
    }

    @Test
    void holm_calls_significant_only_what_survives_the_family_wise_adjustment_and_goes_into_the_url() {
        open("mode=inspections&before=swansea-neath-port-talbot-2022&after=somerset-2023&alpha=0.1");
        List<ComparisonRow> rows = comparisons.inspections("swansea-neath-port-talbot-2022", "somerset-2023", 0.1);

        adjustment().setValue(Adjustment.HOLM);

        long holm = rows.stream().filter(Adjustment.HOLM::significant).count();
        long bh =
                rows.stream().filter(Adjustment.BENJAMINI_HOCHBERG::significant).count();
        // Holm controls the chance of any false flag, so it never calls more than Benjamini–Hochberg
        assertThat(holm).isLessThanOrEqualTo(bh).isLessThan(15);
        assertThat(column("significant").stream().filter(v -> v.startsWith("★")))
                .hasSize((int) holm);
        assertThat(column("flag").stream().filter("★ yes"::equals))
                .as("the inspectorate's flag is unchanged")
                .hasSize(15);
        assertThat(grid().getColumnByKey("significant").getHeaderText())
                .isEqualTo("Verdict (Holm-adjusted p < 0.1, Holm)");
        assertThat(_get(Paragraph.class, s -> s.withId("compare-summary")).getText())
                .contains(
                        holm + " with Holm Holm-adjusted p < 0.1 under every reading",
                        "Significant in chart and table: Holm-adjusted p < 0.1 (Holm)");
        assertThat(CompareFilter.from(QueryParameters.fromString("adjust=holm")).adjustment())
                .isEqualTo(Adjustment.HOLM);
    }

    @Test
    void selecting_a_row_shows_its_working_and_the_r_code_that_reproduces_it() {
        open("mode=inspections&before=nps-south-west-2021&after=somerset-2023");
        ComparisonGrid grid = grid();
        ComparisonRow row = IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .filter(r -> r.questionCode().equals("2.1.3 → 2.2.3"))
                .findFirst()
                .orElseThrow();

        grid.select(row);

        assertThat(_get(Pre.class, s -> s.withId("compare-working")).getText())
                .contains(
                        "A = nps-south-west-2021: ≈55/86 = 64% (estimated count)",
                        "B = somerset-2023: ≈13/42 = 31% (estimated count)",
                        "90% Newcombe hybrid score interval −46.0 to −17.6",
                        "Difference after − before (B − A): −33.0 percentage points",
                        "Statistic z = −3.5130, read after − before (B − A); two-sided p = 0.0004431",
                        "α = 0.1: the inspectorate's flag (p < α) at these counts says significant",
                        "Verdict over every consistent count: significant under every reading",
                        "Pooled proportion p = (55 + 13) / (86 + 42) = 0.5313",
                        "Approximate: the counts are estimated");
        assertThat(_get(Pre.class, s -> s.withId("compare-r")).getText()).contains("x <- c(55, 13); n <- c(86, 42)");
    }

    @Test
    void a_row_that_was_not_tested_says_why_in_the_table_and_the_working() {
        open("mode=inspections&before=nps-south-west-2021&after=somerset-2023");
        ComparisonGrid grid = grid();

        grid.select(GridKt._get(grid, 0));

        assertThat(GridKt._getFormattedRow(grid, 0)).contains("3.1.1 → 2.1.1", "≈59/85", "n unknown", "not tested");
        assertThat(_get(Pre.class, s -> s.withId("compare-working")).getText())
                .contains("Not tested: count unknown on side B");
        assertThat(_get(Pre.class, s -> s.withId("compare-r")).getText()).startsWith("# Nothing to reproduce in R");
    }

    @Test
    void an_inspection_against_its_printed_comparator_uses_the_one_sample_test() {
        open("mode=benchmark&inspection=nps-south-west-2021&against=comparator");
        ComparisonGrid grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(12);
        assertThat(GridKt._getFormatted(grid, 0, "b")).isEqualTo("printed figure");

        grid.select(GridKt._get(grid, 0));

        assertThat(_get(Pre.class, s -> s.withId("compare-r")).getText()).contains("prop.test(63, 86, p = 0.8200");
    }

    @Test
    void two_regions_are_compared_within_a_framework() {
        open("mode=regions&framework=pdu-2021&a=south-west&b=wales");

        assertThat(_get(Select.class, s -> s.withLabel("Region B")).getValue()).isEqualTo("wales");
        assertThat(GridKt._size(grid())).isEqualTo(30);
    }

    @Test
    void an_unknown_inspection_is_explained_not_thrown() {
        open("mode=inspections&before=nope&after=somerset-2023");

        // one clear empty state instead of an empty chart and table
        assertThat(_get(Paragraph.class, s -> s.withId("compare-empty")).getText())
                .isEqualTo("Cannot compare: no inspection 'nope'.");
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(ComparisonGrid.class);
    }

    @SuppressWarnings("unchecked")
    private static Select<Adjustment> adjustment() {
        return _get(Select.class, s -> s.withId("compare-adjustment"));
    }
}
