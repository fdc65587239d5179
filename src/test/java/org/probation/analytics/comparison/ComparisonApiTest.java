package org.probation.analytics.comparison;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The comparison API on the seed datasets. */
@SpringBootTest(
        properties = {"spring.datasource.url=jdbc:duckdb:memory:api-seeds", "inspections.datasets-dir=datasets"})
@AutoConfigureMockMvc
class ComparisonApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void rows_carry_both_sides_the_difference_its_interval_and_the_test() throws Exception {
        mvc.perform(get("/api/compare/benchmark?inspection=nps-south-west-2021&against=comparator"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].questionCode").exists())
                .andExpect(jsonPath("$[0].question").exists())
                .andExpect(jsonPath("$[0].level").exists())
                .andExpect(jsonPath("$[0].xA").isNumber())
                .andExpect(jsonPath("$[0].nA").isNumber())
                .andExpect(jsonPath("$[0].pctA").isNumber())
                .andExpect(jsonPath("$[0].pctB").isNumber())
                .andExpect(jsonPath("$[0].diff").isNumber())
                .andExpect(jsonPath("$[0].ciLow").isNumber())
                .andExpect(jsonPath("$[0].ciHigh").isNumber())
                .andExpect(jsonPath("$[0].z").isNumber())
                .andExpect(jsonPath("$[0].p").isNumber())
                .andExpect(jsonPath("$[0].test").isString())
                .andExpect(jsonPath("$[0].q").isNumber())
                .andExpect(jsonPath("$[0].approximate").isBoolean())
                // which way the difference reads (issue 14, item 5)
                .andExpect(jsonPath("$[0].direction").value("provider − benchmark"));
    }

    @Test
    void an_empty_pool_is_404_saying_there_is_nothing_to_compare_with() throws Exception {
        // Swansea is the only inspected provider in Wales; Somerset's report prints no comparator (issue 14, item 3)
        mvc.perform(get("/api/compare/benchmark?inspection=swansea-neath-port-talbot-2022&against=region"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error")
                        .value(org.hamcrest.Matchers.startsWith("nothing to compare with: Swansea")));
        mvc.perform(get("/api/compare/benchmark?inspection=somerset-2023&against=comparator"))
                .andExpect(status().isNotFound())
                .andExpect(
                        jsonPath("$.error").value(org.hamcrest.Matchers.containsString("prints no comparator figure")));
    }

    @Test
    void every_endpoint_answers_and_csv_has_a_header() throws Exception {
        mvc.perform(get("/api/compare/subsamples?inspection=swansea-neath-port-talbot-2022&a=community&b=licence"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/compare/regions?framework=pdu-2021&a=south-west&b=wales"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/compare/inspections?before=nps-south-west-2021&after=somerset-2023"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/compare/peers?a=somerset-2023&b=swansea-neath-port-talbot-2022"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].direction").value("A − B"));
        mvc.perform(get("/api/changes?alpha=0.1")).andExpect(status().isOk());
        mvc.perform(get("/api/compare/benchmark?inspection=somerset-2023&against=national&format=csv"))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("questionCode,question,level,labelA,xA,nA,pctA,")));
    }

    @Test
    void unknown_ids_are_404_and_bad_parameters_400_with_a_message() throws Exception {
        mvc.perform(get("/api/compare/benchmark?inspection=atlantis&against=national"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("no inspection 'atlantis'"));
        mvc.perform(get("/api/compare/regions?framework=nps-1999&a=wales&b=london"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("no inspections of framework 'nps-1999'"));
        mvc.perform(get("/api/compare/benchmark?inspection=somerset-2023&against=moon"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/changes?alpha=2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("alpha must be a number in (0, 1), not '2'"));
        mvc.perform(get("/api/compare/subsamples?inspection=somerset-2023&a=community&b=martians"))
                .andExpect(status().isNotFound());
    }

    @Test
    void every_p_the_api_returns_equals_the_stats_engines_for_the_same_counts() throws Exception {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        int checked = 0;
        for (String url : java.util.List.of(
                "/api/compare/subsamples?inspection=swansea-neath-port-talbot-2022&a=community&b=licence",
                "/api/compare/benchmark?inspection=somerset-2023&against=national",
                "/api/compare/benchmark?inspection=nps-south-west-2021&against=national",
                "/api/compare/benchmark?inspection=nps-south-west-2021&against=comparator",
                "/api/compare/regions?framework=pdu-2021&a=south-west&b=wales",
                "/api/compare/inspections?before=nps-south-west-2021&after=somerset-2023")) {
            String body = mvc.perform(get(url))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            for (var row : json.readTree(body)) {
                if (row.get("p").isNull()) {
                    continue;
                }
                double expected = row.get("xB").isNull()
                        ? org.probation.analytics.stats.OneSampleTest.withDefaults()
                                .test(
                                        row.get("xA").asInt(),
                                        row.get("nA").asInt(),
                                        row.get("pctB").asDouble() / 100)
                                .p()
                        : org.probation.analytics.stats.TwoProportionTest.withDefaults()
                                .test(
                                        row.get("xB").asInt(),
                                        row.get("nB").asInt(),
                                        row.get("xA").asInt(),
                                        row.get("nA").asInt())
                                .p();
                org.assertj.core.api.Assertions.assertThat(row.get("p").asDouble())
                        .as(url + " " + row.get("questionCode"))
                        .isEqualTo(expected);
                checked++;
            }
        }
        org.assertj.core.api.Assertions.assertThat(checked).isGreaterThan(100);
    }
}
