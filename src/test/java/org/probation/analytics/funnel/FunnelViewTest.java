package org.probation.analytics.funnel;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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

/**
 * The funnel plot on the seeds (two inspections per framework). Limits worked in FunnelLimitsTest's
 * way: PDU 2.2.2, p0 = (30 + 12)/(42 + 20) = 42/62; at n = 42, 67.74 ± 1.645·√(0.6774·0.3226/42)
 * = 55.9 to 79.6 and ± 3.09·… = 45.5 to 90.0; at n = 20, 50.5 to 84.9 and 35.4 to 100 (clipped).
 */
@SpringBootTest(
        properties = {"spring.datasource.url=jdbc:duckdb:memory:karibu-seeds", "inspections.datasets-dir=datasets"})
class FunnelViewTest extends KaribuTest {

    @Test
    void opens_on_the_key_question_of_the_newest_framework_that_plots_the_most_providers() {
        UI.getCurrent().navigate("funnel");

        assertThat(framework().getValue()).isEqualTo("pdu-2021");
        // 2.1.1 is known for Swansea only (Somerset prints 43% without a count); 2.2.1 is the first known for both
        assertThat(question().getValue().code()).isEqualTo("2.2.1");
        assertThat(GridKt._size(grid())).isEqualTo(2);
        // Somerset 79% of 42 = 33/42; Swansea 60% of its 40 cases = 24/40 (the only counts that fit 46% / 81% / 60%)
        assertThat(GridKt._getFormattedRow(grid(), 0))
                .endsWith(
                        "2023", "≈33", "42", "78.6%", "79.0%", "estimated", "57.8–81.2%", "47.6–91.5%", "No", "No", "");
        assertThat(GridKt._getFormattedRow(grid(), 1))
                .endsWith(
                        "2022", "≈24", "40", "60.0%", "60.0%", "estimated", "57.5–81.5%", "47.0–92.0%", "No", "No", "");
        assertThat(caption())
                .startsWith(
                        "2 providers plotted for 2.2.1 (all cases), pooled mean 69.5% (57/82). "
                                + "2 with an estimated count, marked by a hollow symbol and '(estimated)'; 0 with an unknown count");
        JsonNode series = option().get("series");
        assertThat(series.size()).isEqualTo(7);
        assertThat(series.get(0).get("data").size()).isZero();
        assertThat(series.get(1).get("data").size()).isEqualTo(2);
        assertThat(series.get(1).get("symbol").asString()).isEqualTo("emptyCircle");
        assertThat(series.get(1).get("data").get(0).get("name").asString()).contains("(estimated)");
    }

    @Test
    void a_permalink_shows_providers_outside_the_90_percent_limits() {
        UI.getCurrent()
                .navigate("funnel", QueryParameters.simple(Map.of("framework", "nps-2018", "question", "2.1.1")));

        assertThat(question().getValue().code()).isEqualTo("2.1.1");
        assertThat(GridKt._getFormattedRow(grid(), 0))
                .endsWith(
                        "2018",
                        "≈115",
                        "128",
                        "89.8%",
                        "90.0%",
                        "estimated",
                        "77.7–88.6%",
                        "73.0–93.4%",
                        "Yes (above)",
                        "No",
                        "");
        assertThat(GridKt._getFormattedRow(grid(), 1))
                .endsWith(
                        "2021",
                        "≈63",
                        "86",
                        "73.3%",
                        "73.0%",
                        "estimated",
                        "76.5–89.8%",
                        "70.7–95.6%",
                        "Yes (below)",
                        "No",
                        "");
        assertThat(working())
                .contains(
                        "Pooled mean p0 = Σx / Σn = (115 + 63) / (128 + 86) = 178/214 = 83.2%",
                        "p0 ± z·√(p0(1 − p0)/n)",
                        "z = 1.645 (two-sided α = 0.10",
                        "z = 3.09 (two-sided α = 0.002)",
                        "Estimated counts (hollow symbols, '≈' in the table): NPS Midlands Division 2018 ≈115/128");
        assertThat(_get(Pre.class, spec -> spec.withId("funnel-r")).getText())
                .contains("x <- c(115, 63); n <- c(128, 86)");
    }

    @Test
    void an_unknown_count_is_listed_but_not_plotted_and_a_stated_one_is_filled() {
        UI.getCurrent()
                .navigate("funnel", QueryParameters.simple(Map.of("framework", "pdu-2021", "question", "2.1.1")));

        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid(), 0))
                .endsWith("2023", "", "", "", "43.0%", "unknown", "", "", "", "", "");
        // Swansea: "from our review of 20 pre-sentence reports, in only 11 (55 per cent)" (seed 002 line 448)
        assertThat(GridKt._getFormattedRow(grid(), 1)).contains("11", "20", "55.0%", "stated");
        assertThat(caption())
                .startsWith(
                        "1 provider plotted for 2.1.1 (all cases), pooled mean 55.0% (11/20). "
                                + "0 with an estimated count, marked by a hollow symbol and '(estimated)'; 1 with an unknown count");
        JsonNode series = option().get("series");
        assertThat(series.get(0).get("data").size()).isEqualTo(1);
        assertThat(series.get(1).get("data").size()).isZero();
        // one n only: the limits are drawn over 15 to 25 (±25%) so that they still show
        assertThat(series.get(3).get("data").get(0).get(0).asDouble()).isEqualTo(15);
        assertThat(working()).contains("Not plotted, count unknown", "Somerset 2023 (43.0% printed)");
    }

    @Test
    void a_count_with_several_readings_says_where_it_lies_under_each() {
        // Swansea 2.3.2.a all cases 40% (marked relevant-only): 16/40 or 8/20, each against the limits at its own n
        UI.getCurrent()
                .navigate("funnel", QueryParameters.simple(Map.of("framework", "pdu-2021", "question", "2.3.2.a")));
        // plotted at 16/40, below the 90% limits (40.7–66.6% at n = 40); at 8/20 the limits are wider and it lies
        // within
        assertThat(GridKt._getFormattedRow(grid(), 1))
                .endsWith(
                        "2022",
                        "≈16",
                        "40",
                        "40.0%",
                        "40.0%",
                        "estimated",
                        "40.7–66.6%",
                        "29.3–78.0%",
                        "Yes (below)",
                        "No",
                        "depends on the reading: as plotted under 1 of 2 consistent counts");
        assertThat(GridKt._getFormattedRow(grid(), 0)).endsWith("Yes (above)", "No", "");
    }

    @Test
    void choosing_another_framework_resets_the_question_to_its_default() {
        UI.getCurrent()
                .navigate("funnel", QueryParameters.simple(Map.of("framework", "pdu-2021", "question", "2.5.1.a")));
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("24", "32", "stated");

        framework().setValue("nps-2018");

        assertThat(question().getValue().code()).isEqualTo("2.1.1");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("≈115", "128");
    }

    @Test
    void a_point_click_opens_its_inspection() {
        UI.getCurrent().navigate("funnel");
        EChart chart = _get(EChart.class, spec -> spec.withId("funnel-chart"));

        ComponentUtil.fireEvent(chart, new EChart.ChartClickEvent(chart, "", "Estimated count", "somerset-2023"));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("inspections/somerset-2023");
    }

    @Test
    void the_csv_has_a_row_per_inspection_with_its_count_kind_limits_and_position(@Autowired FunnelService service) {
        String csv = Csv.of(service.funnel("pdu-2021", "2.1.1").points(), FunnelPoint.class);

        assertThat(csv.lines().toList()).hasSize(3);
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo(
                        "inspectionId,provider,year,region,percentPrinted,"
                                + "countKind,x,n,percent,lower90,upper90,lower99_8,upper99_8,outside90,outside99_8,position,overReadings");
        assertThat(csv)
                .contains("somerset-2023,Somerset,2023,\"South West\",43.0,unknown,,,,,,,,,,"
                        + "\"not plotted: count unknown\",");
        assertThat(csv).contains(",stated,11,20,55.0,");
    }

    @SuppressWarnings("unchecked")
    private static Select<String> framework() {
        return _get(Select.class, spec -> spec.withId("funnel-framework"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<FunnelQuestion> question() {
        return _get(ComboBox.class, spec -> spec.withId("funnel-question"));
    }

    private static Grid<?> grid() {
        return _get(Grid.class, spec -> spec.withId("funnel-grid"));
    }

    private static String caption() {
        return _get(Paragraph.class, spec -> spec.withId("funnel-caption")).getText();
    }

    private static String working() {
        return _get(VerticalLayout.class, spec -> spec.withId("funnel-working"))
                .getElement()
                .getTextRecursively();
    }

    private static JsonNode option() {
        return JsonMapper.builder()
                .build()
                .readTree(
                        _get(EChart.class, spec -> spec.withId("funnel-chart")).option());
    }
}
