package org.probation.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hostile and careless input against the public API (issue 15): each answer is a 4xx with one
 * error shape, {"error": "..."}, whose message names the parameter or id at fault.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:duckdb:memory:hostile",
            "inspections.datasets-dir=datasets",
            "INSPECTIONS_ADMIN_PASSWORD=test-secret"
        })
@AutoConfigureMockMvc
class HostileInputTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // defect 1: n without a bound (Fisher's exact p allocated the whole support)
                "/api/stats/two-proportions?x1=1&n1=30000000&x2=1&n2=30000000|400|n1 must be at most 1,000,000 cases, was 30,000,000",
                "/api/stats/two-proportions?x1=1&n1=2147483647&x2=1&n2=2147483647|400|n1 must be a whole number",
                // one number rule: hexadecimal, non-ASCII digits, NaN refused by name
                "/api/stats/two-proportions?x1=0x10&n1=20&x2=1&n2=20|400|x1 must be a whole number written with the digits 0-9, not '0x10'",
                "/api/stats/two-proportions?x1=١٢&n1=20&x2=1&n2=20|400|x1 must be a whole number written with the digits 0-9",
                "/api/stats/two-proportions?x1=1&n1=20&x2=1&n2=20&alpha=NaN|400|alpha must be a number written with the digits 0-9",
                "/api/stats/two-proportions?x1=1&n1=20&x2=1|400|parameter 'n2' is required",
                "/api/compare/benchmark?inspection=somerset-2023&alpha=0x1p-3|400|alpha must be a number in (0, 1), not '0x1p-3'",
                // defect 11: unknown ids and formats answer with a message
                "/api/inspections/atlantis/results|404|no inspection 'atlantis'",
                "/api/inspections/atlantis/ratings|404|no inspection 'atlantis'",
                "/api/inspections/atlantis/overall|404|no inspection 'atlantis'",
                "/api/data-quality?inspection=atlantis|404|no inspection 'atlantis'",
                "/api/inspections?format=xml|400|format must be json, csv or xlsx, not 'xml'",
                "/api/compare/peers?a=atlantis&b=somerset-2023|404|no inspection 'atlantis'",
                "/api/compare/peers?a=somerset-2023|400|parameter 'b' is required",
                // defect 2: what the data-quality endpoint returns is capped, with the total in a header
                "/api/data-quality?limit=0x10|400|limit must be a whole number",
                "/api/data-quality?limit=1000000|400|limit must be from 1 to 10000, was 1000000",
                "/api/data-quality?offset=-1|400|offset must not be negative, was -1"
            })
    void a_bad_request_is_a_4xx_naming_what_is_wrong(String url, int status, String message) throws Exception {
        mvc.perform(get(url)).andExpect(status().is(status)).andExpect(jsonPath("$.error", containsString(message)));
    }

    @Test
    void the_data_quality_flags_come_in_pages_with_their_total() throws Exception {
        String total = mvc.perform(get("/api/data-quality"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("X-Total-Count");
        assertThat(Integer.parseInt(total)).isGreaterThan(2);
        mvc.perform(get("/api/data-quality?limit=2&offset=1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Total-Count", total));
    }

    @Test
    void wrong_passwords_from_one_address_back_off_and_the_pages_carry_a_content_security_policy() throws Exception {
        org.springframework.test.web.servlet.request.RequestPostProcessor from = request -> {
            request.setRemoteAddr("10.9.8.7");
            return request;
        };
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/imports")
                            .with(from)
                            .with(httpBasic("admin", "guess-" + i))
                            .contentType("text/plain")
                            .content("x"))
                    .andExpect(status().isUnauthorized());
        }
        // the sixth attempt is refused before the password is checked, even the right one
        mvc.perform(post("/api/imports")
                        .with(from)
                        .with(httpBasic("admin", "test-secret"))
                        .contentType("text/plain")
                        .content("x"))
                .andExpect(status().is(429))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .exists("Retry-After"))
                .andExpect(jsonPath("$.error", containsString("too many wrong passwords from this address")));
        // another address is not held back
        mvc.perform(post("/api/imports")
                        .with(httpBasic("admin", "test-secret"))
                        .contentType("text/plain")
                        .content(new byte[0]))
                .andExpect(status().isBadRequest());

        mvc.perform(get("/api/inspections"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
    }

    @Test
    void refused_imports_leave_the_database_as_it_was() throws Exception {
        String before = mvc.perform(get("/api/inspections?format=csv"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        byte[] notUtf8 = {'#', ' ', (byte) 0xC3, (byte) 0x28};
        for (var request : java.util.List.of(
                post("/api/imports?dryRun=false").contentType("text/plain").content(new byte[0]),
                post("/api/imports?dryRun=false").contentType("text/csv").content(notUtf8),
                post("/api/imports?dryRun=false")
                        .contentType("text/csv")
                        .content("# file: inspection.csv\nid\n=cmd|' /C calc'!A0\n"),
                post("/api/imports?dryRun=false").contentType("application/xml").content("<x/>"))) {
            int status = mvc.perform(request.with(httpBasic("admin", "test-secret")))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as("a hostile import is a 4xx").isBetween(400, 499);
        }
        assertThat(mvc.perform(get("/api/inspections?format=csv"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .isEqualTo(before);
    }

    @Test
    void an_empty_import_body_is_400_with_a_message() throws Exception {
        mvc.perform(post("/api/imports")
                        .with(httpBasic("admin", "test-secret"))
                        .contentType("text/plain")
                        .content(new byte[0]))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error", containsString("the request body is empty")));
    }

    @Test
    void an_upload_over_the_limit_is_refused_without_being_read_whole() throws Exception {
        byte[] big = "a".repeat(5 * 1024 * 1024 + 10).getBytes(StandardCharsets.UTF_8);
        mvc.perform(post("/api/imports")
                        .with(httpBasic("admin", "test-secret"))
                        .contentType("text/plain")
                        .content(big))
                .andExpect(status().is(413))
                .andExpect(jsonPath("$.error", containsString("the limit is 5242880 bytes")));
    }

    @Test
    void an_upper_case_media_type_is_the_same_media_type() throws Exception {
        // defect 12: TEXT/CSV was parsed as a report's text; as CSV its missing '# file:' line is what is wrong
        mvc.perform(post("/api/imports")
                        .with(httpBasic("admin", "test-secret"))
                        .contentType("TEXT/CSV")
                        .content("id,name\n".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0]", containsString("'# file: NAME'")));
    }

    @Test
    void the_largest_number_taken_is_answered() throws Exception {
        // n at the limit: Fisher's exact p in constant memory
        mvc.perform(get("/api/stats/two-proportions?x1=400000&n1=1000000&x2=500000&n2=1000000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fisherP").isNumber());
        assertThat(org.probation.analytics.calculator.CalculatorService.MAX_N).isEqualTo(1_000_000);
    }
}
