package org.probation.analytics.comparison.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

/**
 * Who is in a pool, small pools and empty ones (issue 14, item 3), and Compare carrying on from
 * what was last looked at (item 7), on the four seed inspections.
 */
class ComparePoolsTest extends SeedKaribuTest {

    private static void open(String query) {
        UI.getCurrent().navigate("compare", QueryParameters.fromString(query));
    }

    private static Paragraph paragraph(String id) {
        return _get(Paragraph.class, s -> s.withId(id));
    }

    @Test
    void a_benchmark_says_who_is_pooled_and_warns_of_a_pool_of_fewer_than_five() {
        // the PDU round has two inspected providers: Swansea's "all others" is Somerset alone
        open("mode=benchmark&inspection=swansea-neath-port-talbot-2022&against=national");

        Paragraph pool = paragraph("compare-pool");
        assertThat(pool.isVisible()).isTrue();
        assertThat(pool.getText())
                .startsWith("B = all other providers of the framework: pooled from 1 provider: Somerset.")
                .contains("⚠ Small pool: fewer than 5 providers");
        assertThat(pool.getElement().getAttribute("data-small")).isEqualTo("true");
        assertThat(GridKt._size(_get(ComparisonGrid.class))).isPositive();
    }

    @Test
    void two_regions_name_the_providers_pooled_on_each_side() {
        open("mode=regions&framework=pdu-2021&a=south-west&b=wales");

        assertThat(paragraph("compare-pool").getText())
                .contains(
                        "A = region South West: pooled from 1 provider: Somerset.",
                        "B = region Wales: pooled from 1 provider: Swansea",
                        "⚠ Small pool");
    }

    @Test
    void an_empty_region_pool_is_one_clear_empty_state_not_a_table_of_unknown_counts() {
        // Swansea is the only inspected provider in Wales
        open("mode=benchmark&inspection=swansea-neath-port-talbot-2022&against=region");

        Paragraph empty = paragraph("compare-empty");
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText())
                .startsWith("Cannot compare: nothing to compare with: Swansea")
                .contains("is the only inspected provider of its region under its framework");
        LocatorJ._assertNone(ComparisonGrid.class);
        LocatorJ._assertNone(DifferenceChart.class);
        LocatorJ._assertNone(Paragraph.class, s -> s.withId("compare-pool"));
        LocatorJ._assertNone(Paragraph.class, s -> s.withId("compare-headline"));
    }

    @Test
    void a_report_without_a_comparator_says_so_once() {
        open("mode=benchmark&inspection=somerset-2023&against=comparator");

        assertThat(paragraph("compare-empty").getText())
                .contains("the report of Somerset", "prints no comparator figure");
        LocatorJ._assertNone(ComparisonGrid.class);
    }

    @Test
    void compare_from_the_menu_carries_on_from_the_last_comparison() {
        open("mode=inspections&before=nps-south-west-2021&after=somerset-2023&level=key_question&standard=2.2");
        UI.getCurrent().navigate("inspections");

        UI.getCurrent().navigate("compare");

        assertThat(GridKt._size(_get(ComparisonGrid.class))).isEqualTo(3);
        assertThat(paragraph("compare-summary").getText())
                .startsWith("A = South West National Probation Service (fieldwork Feb 2021, published Jul 2021)");
    }

    @Test
    void compare_from_the_menu_after_an_inspection_page_benchmarks_that_inspection() {
        UI.getCurrent().navigate("inspections/somerset-2023");

        UI.getCurrent().navigate("compare");

        assertThat(paragraph("compare-pool").getText())
                .startsWith("B = all other providers of the framework: pooled from " + "1 provider: Swansea");
        assertThat(paragraph("compare-summary").getText()).startsWith("A = Somerset");
    }

    @Test
    void two_pdus_compare_as_peers_reading_a_minus_b() {
        // issue 14, item 7: two PDUs side by side, not only as before and after
        open("mode=peers&a=somerset-2023&b=swansea-neath-port-talbot-2022");

        ComparisonGrid grid = _get(ComparisonGrid.class);
        assertThat(GridKt._size(grid)).isPositive();
        assertThat(grid.getColumnByKey("diff").getHeaderText()).isEqualTo("A − B, pp");
        org.probation.analytics.comparison.ComparisonRow row = GridKt._get(grid, 0);
        assertThat(row.direction()).isEqualTo("A − B");
        assertThat(row.diff()).isCloseTo(row.pctA() - row.pctB(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(paragraph("compare-summary").getText())
                .startsWith(
                        "A = Somerset (fieldwork Jun 2023, published Jul 2023), B = Swansea Neath Port Talbot (fieldwork Oct 2021, published Jan 2022)");
        assertThat(_get(com.vaadin.flow.component.combobox.ComboBox.class, s -> s.withLabel("Inspection A"))
                        .getValue())
                .isEqualTo("somerset-2023");
    }

    @Test
    void a_peer_that_is_no_inspection_is_named_in_the_banner() {
        open("mode=peers&a=atlantis-2030&b=swansea-neath-port-talbot-2022");

        assertThat(paragraph("compare-banner").getText()).contains("a=atlantis-2030 is no inspection here");
    }
}
