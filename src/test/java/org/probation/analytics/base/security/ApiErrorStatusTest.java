package org.probation.analytics.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP an API refusal goes through the container's error page: it must reach the client
 * as its status, not as a redirect to the login page. (Same context as the browser tests.)
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:duckdb:memory:browser", "inspections.datasets-dir=datasets"})
class ApiErrorStatusTest {

    @LocalServerPort
    int port;

    @Test
    void an_unknown_inspection_is_a_404_and_a_bad_parameter_a_400_not_a_redirect_to_login() throws Exception {
        HttpResponse<String> unknown = get("/api/inspections/no-such-inspection/results");
        HttpResponse<String> badFormat = get("/api/inspections?format=xml");

        assertThat(unknown.statusCode()).isEqualTo(404);
        // one error shape across the API (issue 15): {"error": "..."} naming what was wrong
        assertThat(unknown.body()).isEqualTo("{\"error\":\"no inspection 'no-such-inspection'\"}");
        assertThat(badFormat.statusCode()).isEqualTo(400);
        assertThat(badFormat.body()).isEqualTo("{\"error\":\"format must be json, csv or xlsx, not 'xml'\"}");
        assertThat(get("/api/inspections/somerset-2023/results").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
