package org.probation.analytics.inspection;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:duckdb:memory:karibu",
            "inspections.datasets-dir=src/test/resources/datasets/minimal"
        })
@AutoConfigureMockMvc
class InspectionApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void inspections_are_listed_with_provider_region_framework_dates_and_score() throws Exception {
        mvc.perform(get("/api/inspections"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value("somerset-2023"))
                .andExpect(jsonPath("$[0].provider").value("Somerset"))
                .andExpect(jsonPath("$[0].providerType").value("pdu"))
                .andExpect(jsonPath("$[0].region").value("South West"))
                .andExpect(jsonPath("$[0].framework").value("pdu-2021"))
                .andExpect(jsonPath("$[0].fieldworkStart").value("2023-06-12"))
                .andExpect(jsonPath("$[0].published").value("2023-07"))
                .andExpect(jsonPath("$[0].score").value(8))
                .andExpect(jsonPath("$[0].maxScore").value(27))
                .andExpect(jsonPath("$[0].overallRating").value("Requires improvement"));
    }

    @Test
    void providers_carry_their_type_and_region() throws Exception {
        mvc.perform(get("/api/providers"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(6))
                .andExpect(jsonPath("$[?(@.id == 'swansea-neath-port-talbot')].region")
                        .value("Wales"))
                .andExpect(jsonPath("$[?(@.id == 'nps-south-west')].type").value("nps_region"));
    }

    @Test
    void results_carry_the_count_as_stated_or_estimated_and_their_source() throws Exception {
        mvc.perform(get("/api/inspections/somerset-2023/results"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[?(@.questionCode == '2.2.3' && @.subsample == 'medium')].yes")
                        .value(8))
                .andExpect(jsonPath("$[?(@.questionCode == '2.2.3' && @.subsample == 'medium')].denominator")
                        .value("stated"))
                .andExpect(jsonPath("$[?(@.questionCode == '2.2.3' && @.subsample == 'all')].denominator")
                        .value("estimated"))
                .andExpect(jsonPath("$[?(@.questionCode == '2.2.3' && @.subsample == 'all')].yes")
                        .value(org.hamcrest.Matchers.contains((Object) null)))
                .andExpect(jsonPath("$[?(@.questionCode == '2.2.3' && @.subsample == 'all')].yesEstimate")
                        .value(13))
                .andExpect(jsonPath("$[?(@.questionCode == '2.2.1.a')].level").value("prompt"))
                .andExpect(jsonPath("$[?(@.questionCode == '2.2.1.a')].standardCode")
                        .value("2.2"))
                .andExpect(jsonPath("$[?(@.questionCode == '2.2.1.a')].source").value("seed.txt line 306"));
    }

    @Test
    void results_as_csv_have_a_header_row() throws Exception {
        String csv = mvc.perform(get("/api/inspections/somerset-2023/results?format=csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        org.assertj.core.api.Assertions.assertThat(csv.lines().findFirst().orElseThrow())
                .startsWith("standardCode,questionCode,level,question,");
        org.assertj.core.api.Assertions.assertThat(csv.lines().count()).isEqualTo(5);
    }

    @Test
    void ratings_are_explained_against_the_rule() throws Exception {
        mvc.perform(get("/api/inspections/somerset-2023/ratings"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].standardCode").value("2.2"))
                .andExpect(jsonPath("$[0].publishedRating").value("Inadequate"))
                .andExpect(jsonPath("$[0].ruleRating").value("Inadequate"))
                .andExpect(jsonPath("$[0].drivingQuestion").value("2.2.3"))
                .andExpect(jsonPath("$[0].drivingPercent").value(31.0))
                .andExpect(jsonPath("$[0].discretion").value(false));
    }

    @Test
    void data_quality_flags_are_listed_per_inspection() throws Exception {
        mvc.perform(get("/api/data-quality"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].inspectionId").value("somerset-2023"))
                .andExpect(jsonPath("$[0].item").value("2.2.2"))
                .andExpect(jsonPath("$[0].reason")
                        .value(org.hamcrest.Matchers.startsWith("The framework defines key question 2.2.2")));
    }

    @Test
    void an_unknown_inspection_is_a_404_and_a_bad_format_a_400() throws Exception {
        mvc.perform(get("/api/inspections/atlantis-2030/results")).andExpect(status().isNotFound());
        mvc.perform(get("/api/inspections/atlantis-2030/ratings")).andExpect(status().isNotFound());
        mvc.perform(get("/api/data-quality?inspection=atlantis-2030")).andExpect(status().isNotFound());
        mvc.perform(get("/api/inspections/somerset-2023/results?format=xml")).andExpect(status().isBadRequest());
    }
}
