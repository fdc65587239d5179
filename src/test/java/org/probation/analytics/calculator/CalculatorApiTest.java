package org.probation.analytics.calculator;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.probation.analytics.stats.TwoProportionResult;
import org.probation.analytics.stats.TwoProportionTest;
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
class CalculatorApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void returns_every_figure_of_the_test_with_90_percent_intervals_by_default() throws Exception {
        TwoProportionResult expected = TwoProportionTest.withDefaults().test(11, 20, 29, 40);

        mvc.perform(get("/api/stats/two-proportions?x1=11&n1=20&x2=29&n2=40"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.z").value(closeTo(expected.z(), 1e-12), Double.class))
                .andExpect(jsonPath("$.p").value(closeTo(expected.p(), 1e-12), Double.class))
                .andExpect(jsonPath("$.significant").value(expected.significant()))
                .andExpect(jsonPath("$.test").value("POOLED_Z"))
                .andExpect(jsonPath("$.level").value(0.9))
                .andExpect(jsonPath("$.ciLowA").value(closeTo(expected.ciA().low(), 1e-12), Double.class))
                .andExpect(jsonPath("$.ciHighB").value(closeTo(expected.ciB().high(), 1e-12), Double.class))
                .andExpect(
                        jsonPath("$.diffCiLow").value(closeTo(expected.diffCi().low(), 1e-12), Double.class))
                .andExpect(
                        jsonPath("$.diffCiHigh").value(closeTo(expected.diffCi().high(), 1e-12), Double.class))
                .andExpect(jsonPath("$.fisherP").exists())
                .andExpect(jsonPath("$.h").value(closeTo(expected.h(), 1e-12), Double.class))
                .andExpect(jsonPath("$.mdd").isNumber())
                .andExpect(jsonPath("$.working").value(containsString("Pooled proportion p = (11 + 29) / (20 + 40)")))
                .andExpect(jsonPath("$.rSnippet").value(containsString("prop.test(x, n, correct = FALSE)")));
    }

    @Test
    void level_changes_the_intervals() throws Exception {
        TwoProportionResult expected =
                TwoProportionTest.withDefaults().withLevel(0.95).test(11, 20, 29, 40);

        mvc.perform(get("/api/stats/two-proportions?x1=11&n1=20&x2=29&n2=40&level=0.95"))
                .andExpect(jsonPath("$.ciLowA").value(closeTo(expected.ciA().low(), 1e-12), Double.class));
    }

    @Test
    void a_sample_too_small_is_not_tested_with_the_reason() throws Exception {
        mvc.perform(get("/api/stats/two-proportions?x1=1&n1=3&x2=5&n2=10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.test").value("NONE"))
                .andExpect(jsonPath("$.significant").value(false))
                .andExpect(jsonPath("$.notTestedReason").isNotEmpty());
    }

    @Test
    void invalid_input_is_a_400_with_the_reason() throws Exception {
        mvc.perform(get("/api/stats/two-proportions?x1=7&n1=5&x2=1&n2=10"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("x1 = 7 exceeds n1 = 5"));
        mvc.perform(get("/api/stats/two-proportions?x1=1&n1=5&x2=1&n2=10&alpha=1.5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("alpha must be in (0, 1), was 1.5"));
        mvc.perform(get("/api/stats/two-proportions?x1=one&n1=5&x2=1&n2=10"))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.error").value("x1 must be a whole number written with the digits 0-9, not 'one'"));
    }
}
