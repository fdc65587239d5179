package org.probation.analytics.overview;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.probation.analytics.KaribuTest;
import org.probation.analytics.base.Csv;
import org.probation.analytics.base.ui.EChart;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The overview on the four seed inspections (two per framework). */
@SpringBootTest(
        properties = {"spring.datasource.url=jdbc:duckdb:memory:karibu-seeds", "inspections.datasets-dir=datasets"})
class OverviewViewTest extends KaribuTest {

    @Test
    void opens_on_the_newest_framework_with_each_inspection_rated_standard_by_standard() {
        UI.getCurrent().navigate("overview");

        assertThat(select("overview-framework").getValue()).isEqualTo("pdu-2021");
        Grid<?> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(2);
        // Somerset 2023, ratings table of seed 004 lines 70-79; 2.6 is not rated by the PDU framework
        // the overall rating and score beside the provider (issue 14, item 2: in view at 1366 px), then the standards
        assertThat(GridKt._getFormattedRow(grid, 0))
                .endsWith(
                        "Requires improvement",
                        "8/27",
                        "2023",
                        "PDU",
                        "South West",
                        "Requires improvement",
                        "Requires improvement",
                        "Good",
                        "Good",
                        "Inadequate",
                        "Inadequate",
                        "Inadequate",
                        "Requires improvement",
                        "Requires improvement");
        assertThat(GridKt._getFormattedRow(grid, 1))
                .endsWith(
                        "Inadequate",
                        "4/27",
                        "2022",
                        "PDU",
                        "Wales",
                        "Requires improvement",
                        "Requires improvement",
                        "Inadequate",
                        "Requires improvement",
                        "Requires improvement",
                        "Inadequate",
                        "Inadequate",
                        "Inadequate",
                        "Inadequate");
        JsonNode series = option().get("series");
        assertThat(series.size()).isEqualTo(1);
        assertThat(series.get(0).get("data").size()).isEqualTo(2 * 9);
        assertThat(option().get("yAxis").get("data").get(0).asString()).isEqualTo("Somerset 2023");
        assertThat(_get(Paragraph.class, spec -> spec.withId("overview-caption"))
                        .getText())
                .startsWith("2 inspections of the PDU round (from 2021) × 9 rated standards.");
    }

    @Test
    void a_permalink_sets_framework_region_and_provider_type() {
        UI.getCurrent()
                .navigate(
                        "overview",
                        QueryParameters.simple(Map.of("framework", "pdu-2021", "region", "wales", "type", "pdu")));

        assertThat(select("overview-region").getValue()).isEqualTo("wales");
        assertThat(select("overview-type").getValue()).isEqualTo("pdu");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Wales", "4/27");
        assertThat(option().get("series").get(0).get("data").size()).isEqualTo(9);
    }

    @Test
    void the_nps_framework_has_its_own_ten_standards_and_the_filters_narrow_the_rows() {
        UI.getCurrent().navigate("overview", QueryParameters.simple(Map.of("framework", "nps-2018")));

        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(option().get("xAxis").get("data").size()).isEqualTo(10);
        // NPS Midlands 2018, 3.2 printed "Good¹¹" (seed 001 line 740): the word without the footnote mark
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("2018", "NPS division", "Outstanding", "Good");

        select("overview-type").setValue("nps_region");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("2021", "NPS region", "South West", "16/30");

        select("overview-type").setValue(null);
        select("overview-region").setValue("wales");
        assertThat(GridKt._size(grid())).isZero();
        assertThat(_get(Paragraph.class, spec -> spec.withId("overview-caption"))
                        .getText())
                .contains("No inspection matches these filters.");
    }

    @Test
    void an_unknown_framework_in_the_url_falls_back_to_the_newest() {
        UI.getCurrent()
                .navigate("overview", QueryParameters.simple(Map.of("framework", "no-such", "region", "atlantis")));

        assertThat(select("overview-framework").getValue()).isEqualTo("pdu-2021");
        assertThat(select("overview-region").getValue()).isNull();
        assertThat(GridKt._size(grid())).isEqualTo(2);
    }

    @Test
    void a_cell_click_opens_its_inspection() {
        UI.getCurrent().navigate("overview");
        EChart chart = _get(EChart.class, spec -> spec.withId("overview-chart"));

        ComponentUtil.fireEvent(chart, new EChart.ChartClickEvent(chart, "", "Published rating", "somerset-2023#2.1"));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("inspections/somerset-2023");
    }

    @Test
    void the_working_says_where_the_ratings_come_from_and_which_standards_are_not_rated() {
        UI.getCurrent().navigate("overview");

        Details details = _get(Details.class);
        String working = _get(
                        com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                        spec -> spec.withId("overview-working"))
                .getElement()
                .getTextRecursively();
        assertThat(details.getSummaryText()).isEqualTo("Show working: where the ratings come from");
        assertThat(working)
                .contains(
                        "exactly as the inspection report publishes it (18 ratings of 2 inspection(s) here)",
                        "Not rated by the framework, so not shown:2.6 Early outcomes",
                        "colour-blind-safe");
    }

    @Test
    void the_csv_has_one_row_per_published_rating_with_the_word_as_printed_and_its_source(
            @Autowired OverviewService service) {
        String csv = Csv.of(
                service.overview(new OverviewFilter("nps-2018", null, "nps_division"))
                        .ratings(),
                PublishedRating.class);

        assertThat(csv.lines().toList()).hasSize(1 + 10);
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("inspectionId,provider,year,region,providerType,"
                        + "standardCode,standard,rating,ratingPrinted,source");
        assertThat(csv).contains(",3.2,", ",Good,Good¹¹,\"001_b158d966729c0dd6.txt line 740\"");
    }

    @SuppressWarnings("unchecked")
    private static Select<String> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    private static Grid<?> grid() {
        return _get(Grid.class, spec -> spec.withId("overview-grid"));
    }

    private static JsonNode option() {
        return JsonMapper.builder()
                .build()
                .readTree(_get(EChart.class, spec -> spec.withId("overview-chart"))
                        .option());
    }
}
