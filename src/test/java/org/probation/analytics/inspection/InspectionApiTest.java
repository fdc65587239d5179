package org.probation.analytics.inspection;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:duckdb:memory:karibu",
        "inspections.datasets-dir=src/test/resources/datasets/minimal"})
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
                .andExpect(jsonPath("$[?(@.id == 'swansea-neath-port-talbot')].region").value("Wales"))
                .andExpect(jsonPath("$[?(@.id == 'nps-south-west')].type").value("nps_region"));
    }
}
