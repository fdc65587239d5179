package org.probation.analytics.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API of a running app as the crash test uses it: inspections and results as JSON trees, imports as admin. */
final class AppClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String basicAuth;

    AppClient(int port, String adminPassword) {
        this.base = "http://localhost:" + port;
        this.basicAuth = "Basic "
                + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
    }

    /** GET a JSON document; null for a 404. */
    JsonNode get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(TIMEOUT)
                .GET()
                .build());
        if (response.statusCode() == 404) {
            return null;
        }
        check(response, 200, "GET " + path);
        return JSON.readTree(response.body());
    }

    /** The preview a dry run returns (inspection, results, flags, errors). */
    JsonNode dryRun(String bundle) {
        HttpResponse<String> response = send(importRequest(bundle, "dryRun=true"));
        check(response, 200, "dry run");
        return JSON.readTree(response.body());
    }

    /** A committing import, not awaited: the crash test kills the app while it runs. */
    CompletableFuture<HttpResponse<String>> commitAsync(String bundle, boolean replace) {
        return http.sendAsync(
                importRequest(bundle, "dryRun=false&replace=" + replace), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest importRequest(String bundle, String query) {
        return HttpRequest.newBuilder(URI.create(base + "/api/imports?" + query))
                .timeout(TIMEOUT)
                .header("Authorization", basicAuth)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(bundle, StandardCharsets.UTF_8))
                .build();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void check(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new AssertionError(what + ": HTTP " + response.statusCode() + " " + response.body());
        }
    }
}
