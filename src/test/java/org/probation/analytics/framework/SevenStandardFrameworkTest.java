package org.probation.analytics.framework;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.probation.analytics.KaribuTest;
import org.probation.analytics.changes.ChangesService;
import org.probation.analytics.comparison.ComparisonRow;
import org.probation.analytics.comparison.ComparisonService;
import org.probation.analytics.overview.Overview;
import org.probation.analytics.overview.OverviewFilter;
import org.probation.analytics.overview.OverviewService;
import org.probation.analytics.overview.StandardColumn;
import org.probation.analytics.rating.OverallCheck;
import org.probation.analytics.rating.RatingService;
import org.probation.analytics.rating.StandardRatingCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16, item 1: a framework with seven rated standards and no overall score, added through
 * data files alone ({@link SevenStandardFramework}), is loaded with an inspection of it and seen
 * in every view and endpoint: ratings without a score, overview columns with short titles, and
 * compare and changes across its mapping from the PDU round.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:duckdb:memory:seven-standards")
@AutoConfigureMockMvc
class SevenStandardFrameworkTest extends KaribuTest {

    private static final Path DATASETS = SevenStandardFramework.write(temporaryFolder());

    @DynamicPropertySource
    static void datasets(DynamicPropertyRegistry registry) {
        registry.add("inspections.datasets-dir", DATASETS::toString);
        registry.add(
                "inspections.imports-dir",
                () -> DATASETS.resolveSibling("imports").toString());
    }

    @Autowired
    RatingService ratings;

    @Autowired
    OverviewService overview;

    @Autowired
    ComparisonService comparisons;

    @Autowired
    ChangesService changes;

    @Autowired
    MockMvc mvc;

    @Test
    void the_seven_rated_standards_are_checked_against_the_framework_s_bands_with_their_short_titles() {
        List<StandardRatingCheck> checks =
                ratings.standards(SevenStandardFramework.INSPECTION).orElseThrow();

        assertThat(checks)
                .extracting(StandardRatingCheck::standardCode)
                .containsExactly("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4");
        assertThat(checks)
                .extracting(StandardRatingCheck::standardTitle)
                .containsExactly(
                        "Leadership",
                        "Staff",
                        "Services",
                        "Assessment",
                        "Planning",
                        "Implementation and delivery",
                        "Reviewing");
        StandardRatingCheck assessment = checks.get(3);
        // lowest key question 45% is under the framework's 50: Inadequate, as published
        assertThat(assessment.drivingQuestion()).isEqualTo("2.1.2");
        assertThat(assessment.ruleRating()).isEqualTo("Inadequate");
        assertThat(assessment.discretion()).isFalse();
        assertThat(assessment.basis()).endsWith("<50 / 50-64 / 65-79 / 80+");
        assertThat(checks.get(0).ruleRating()).isNull();
        assertThat(checks.get(0).basis()).startsWith("rated by inspectors' judgement");
    }

    @Test
    void the_overall_check_says_the_framework_publishes_no_score_instead_of_computing_one() throws Exception {
        OverallCheck overall =
                ratings.overall(SevenStandardFramework.INSPECTION).orElseThrow();

        assertThat(overall.scored()).isFalse();
        assertThat(overall.computedScore()).isNull();
        assertThat(overall.maxScore()).isNull();
        assertThat(ratings.overall("somerset-2023").orElseThrow().scored()).isTrue();
        mvc.perform(get("/api/inspections/somerset-2025/overall"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scored").value(false))
                .andExpect(jsonPath("$.computedScore").isEmpty());
        String csv = mvc.perform(get("/api/inspections/somerset-2025/ratings?format=csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("standardCode,standardTitle,standardName,");
        assertThat(csv).contains("2.3,\"Implementation and delivery\",");
    }

    @Test
    void every_endpoint_serves_the_inspection() throws Exception {
        mvc.perform(get("/api/inspections"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'somerset-2025')].framework").value("region-2023"))
                .andExpect(jsonPath("$[?(@.id == 'somerset-2025')].score")
                        .value(org.hamcrest.Matchers.contains((Object) null)));
        mvc.perform(get("/api/inspections/somerset-2025/results"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(12));
        mvc.perform(get("/api/compare/inspections?before=somerset-2023&after=somerset-2025"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(12));
        mvc.perform(get("/api/compare/benchmark?inspection=somerset-2025&against=national"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/changes")).andExpect(status().isOk());
        mvc.perform(get("/api/data-quality")).andExpect(status().isOk());
    }

    @Test
    void compare_and_changes_follow_the_mapping_from_the_pdu_round() {
        List<ComparisonRow> rows = comparisons.inspections("somerset-2023", "somerset-2025", 0.1);

        // PDU 2.2.1 "engaging" (79%, seed 004 line 380) becomes 2.1.1 here (60%): 19 points lower
        ComparisonRow engaging = rows.stream()
                .filter(r -> r.questionCode().endsWith("2.1.1"))
                .findFirst()
                .orElseThrow();
        assertThat(engaging.questionCode()).isEqualTo("2.2.1 → 2.1.1");
        assertThat(engaging.pctA()).isEqualTo(79.0);
        assertThat(engaging.pctB()).isEqualTo(60.0);
        // the difference is taken from the counts the load estimates for the unstated denominators
        assertThat(engaging.diff()).isNegative().isCloseTo(-19.0, org.assertj.core.data.Offset.offset(1.5));
        assertThat(changes.changes(0.1)).anyMatch(r -> r.questionCode().equals("2.2.1 → 2.1.1"));
        assertThat(comparisons.standardLabels("region-2023")).containsEntry("2.3", "2.3 Implementation and delivery");
    }

    @Test
    void the_overview_has_a_column_per_rated_standard_labelled_as_the_reports_print_it() {
        Overview o = overview.overview(new OverviewFilter("region-2023", null, null));

        assertThat(o.standards())
                .extracting(StandardColumn::label)
                .containsExactly(
                        "1.1 Leadership",
                        "1.2 Staff",
                        "1.3 Services",
                        "2.1 Assessment",
                        "2.2 Planning",
                        "2.3 Implementation and delivery",
                        "2.4 Reviewing");
        assertThat(o.unratedStandards()).extracting(StandardColumn::label).containsExactly("2.5 Outcomes");

        UI.getCurrent().navigate("overview", QueryParameters.simple(Map.of("framework", "region-2023")));
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("overview-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(grid.getColumns()).extracting(c -> c.getHeaderText()).contains("2.1 Assessment", "2.4 Reviewing");
        // no score printed or possible: the score cell is empty, not "null/null"
        assertThat(GridKt._getFormattedRow(grid, 0).subList(1, 4)).containsExactly("", "", "2025");
    }

    @Test
    void the_inspection_page_shows_ratings_without_a_score_and_compare_offers_titled_standards() {
        UI.getCurrent().navigate("inspections/somerset-2025");
        assertThat(_get(Paragraph.class, spec -> spec.withId("overall-check")).getText())
                .startsWith("This framework publishes no overall score");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("ratings-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(7);
        assertThat(GridKt._getFormattedRow(grid, 3).getFirst()).isEqualTo("2.1 Assessment");

        UI.getCurrent()
                .navigate(
                        "compare",
                        QueryParameters.simple(
                                Map.of("mode", "inspections", "before", "somerset-2023", "after", "somerset-2025")));
        @SuppressWarnings("unchecked")
        Select<String> standard = _get(Select.class, spec -> spec.withId("compare-standard"));
        assertThat(standard.getItemLabelGenerator().apply("2.3")).isEqualTo("2.3 Implementation and delivery");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("compare-grid"))))
                .isEqualTo(12);

        UI.getCurrent().navigate("changes");
        UI.getCurrent().navigate("subsamples", QueryParameters.simple(Map.of("inspection", "somerset-2025")));
        UI.getCurrent().navigate("funnel");
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("seven-standards");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
