package org.probation.analytics.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.probation.analytics.importing.SeedBundle;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two nodes of the packaged app behind Debian's nginx on loopback (sticky sessions), each with its
 * own embedded DuckDB, reading the same {@code datasets/} and sharing one imports folder: analysts
 * load through nginx with no error and land on both nodes; an import committed on node 1 is served
 * by node 2 within the stated delay; node 1 restarted under load costs no session of node 2.
 * Runs in {@code ./mvnw verify} after packaging (failsafe); {@code .ci/run} installs nginx. Writes
 * {@code target/two-nodes/results.json}.
 */
@Tag("cluster")
class TwoNodesIT {

    static final Path DIR = Path.of("target", "two-nodes");
    /** The stated delay: the poll (1 s here, 5 s by default) plus one load of the bundled datasets. */
    static final Duration IMPORT_SEEN_WITHIN = Duration.ofSeconds(15);

    @Test
    void two_nodes_behind_nginx_share_imports_and_keep_each_others_sessions() throws Exception {
        if (Nginx.binary() == null) {
            assertThat(System.getenv("CI"))
                    .as("nginx must be installed under CI (.ci/run installs it)")
                    .isNotEqualTo("true");
            Assumptions.abort("nginx is not installed (Debian: apt-get install nginx)");
        }
        FileSystemUtils.deleteRecursively(DIR);
        Files.createDirectories(DIR);
        String password = "two-nodes-" + UUID.randomUUID();
        Map<String, Object> results = new LinkedHashMap<>();
        CompletableFuture<AppProcess> starting1 = CompletableFuture.supplyAsync(() -> node(1, password));
        try (AppProcess node2 = node(2, password);
                AppProcess node1 = starting1.join();
                Nginx nginx = Nginx.start(DIR.resolve("nginx"), node1.port, node2.port);
                AppProbe probe1 = new AppProbe(node1.jmxPort, node1.pid());
                AppProbe probe2 = new AppProbe(node2.jmxPort, node2.pid())) {
            URI lb = nginx.base();
            Targets targets = Targets.discover(lb);

            // 1. analysts through nginx: no error, sessions on both nodes, each kept on its node
            LoadRun.Outcome first = LoadRun.run(settings(lb, 40, 25), targets);
            LoadResult load = LoadResult.of(settings(lb, 40, 25), "datasets", first);
            assertThat(load.firstErrors()).as("errors through nginx").isEmpty();
            Map<String, Long> byNode = countByNode(first.sessions());
            assertThat(byNode).as("analysts by node").containsKeys("node1", "node2");
            assertThat(first.sessions())
                    .as("every analyst's session stayed on the node it began on")
                    .allSatisfy(s -> assertThat(s.node()).isEqualTo(s.firstNode()));
            results.put("load", load);
            results.put("analystsByNode", byNode);
            results.put("sessionsHeld", Map.of("node1", probe1.sessions(), "node2", probe2.sessions()));

            // 2. an import committed on node 1 is served by node 2
            String id = "two-nodes-derby-city-2026";
            long committed = System.nanoTime();
            HttpResponse<String> commit =
                    importOn(node1, password, SeedBundle.of(id, "derby-city", "Derby City PDU", 40));
            assertThat(commit.statusCode()).as(commit.body()).isEqualTo(201);
            long seenMs = awaitInspection(node2.base(), id, committed);
            assertThat(Duration.ofMillis(seenMs)).as("import seen on node 2").isLessThanOrEqualTo(IMPORT_SEEN_WITHIN);
            for (int i = 0; i < 4; i++) {
                assertThat(get(lb, "/api/inspections/" + id + "/results").statusCode())
                        .as("the import through nginx, either node")
                        .isEqualTo(200);
            }
            results.put("importSeenOnOtherNodeMs", seenMs);

            // 3. node 1 restarted under load: node 2's analysts see no error and keep their sessions
            LoadSettings during = settings(lb, 40, 40);
            CompletableFuture<LoadRun.Outcome> running =
                    CompletableFuture.supplyAsync(() -> LoadRun.run(during, targets));
            Thread.sleep(8000);
            long restart = System.nanoTime();
            node1.stop();
            node1.launch();
            results.put("node1RestartMs", (System.nanoTime() - restart) / 1_000_000);
            LoadRun.Outcome second = running.join();
            List<LoadSession> onNode2 = second.sessions().stream()
                    .filter(s -> s.firstNode().equals("node2"))
                    .toList();
            List<LoadSession> onNode1 = second.sessions().stream()
                    .filter(s -> s.firstNode().equals("node1"))
                    .toList();
            assertThat(onNode2).as("analysts on node 2 during the restart").isNotEmpty();
            assertThat(onNode2.stream()
                            .flatMap(s -> s.samples().stream())
                            .filter(s -> s.error() != null)
                            .map(Sample::error))
                    .as("errors of node 2's analysts while node 1 restarted")
                    .isEmpty();
            assertThat(onNode2)
                    .allSatisfy(s ->
                            assertThat(s.node()).as("session kept on node 2").isEqualTo("node2"));
            assertThat(get(node1.base(), "/api/inspections/" + id + "/results").statusCode())
                    .as("the import after node 1's restart")
                    .isEqualTo(200);
            results.put(
                    "restart",
                    Map.of(
                            "analystsOnNode2",
                            onNode2.size(),
                            "errorsOfNode2Analysts",
                            0,
                            "analystsOnNode1",
                            onNode1.size(),
                            "errorsOfNode1Analysts",
                            onNode1.stream()
                                    .flatMap(s -> s.samples().stream())
                                    .filter(s -> s.error() != null)
                                    .count()));
        }
        JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build()
                .writeValue(DIR.resolve("results.json").toFile(), results);
        System.out.println("[two nodes] " + results);
    }

    private static AppProcess node(int n, String password) {
        try {
            return AppProcess.start(
                    AppProcess.jar(),
                    "512m",
                    List.of(
                            "--inspections.node-route=node" + n,
                            "--inspections.imports-poll=1s",
                            "--spring.datasource.url=jdbc:duckdb:"
                                    + DIR.toAbsolutePath().resolve("node" + n + ".duckdb"),
                            "--inspections.datasets-dir=" + Path.of("datasets").toAbsolutePath(),
                            "--inspections.imports-dir=" + DIR.toAbsolutePath().resolve("imports")),
                    Map.of("INSPECTIONS_ADMIN_PASSWORD", password),
                    DIR.resolve("node" + n + ".log"));
        } catch (Exception e) {
            throw new IllegalStateException("node " + n + " did not start", e);
        }
    }

    private static LoadSettings settings(URI base, int analysts, int seconds) {
        return new LoadSettings(
                base,
                analysts,
                Duration.ofSeconds(seconds),
                Long.MAX_VALUE,
                Duration.ofSeconds(60),
                17,
                Duration.ofMillis(200),
                Duration.ofMillis(1000),
                LoadSettings.Mix.parse(LoadSettings.DEFAULT_MIX));
    }

    private static Map<String, Long> countByNode(List<LoadSession> sessions) {
        Map<String, Long> count = new java.util.TreeMap<>();
        sessions.forEach(s -> count.merge(s.firstNode(), 1L, Long::sum));
        return count;
    }

    private static HttpResponse<String> importOn(AppProcess node, String password, String bundle) throws Exception {
        String auth = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(
                    HttpRequest.newBuilder(node.base().resolve("/api/imports?dryRun=false"))
                            .header("Authorization", "Basic " + auth)
                            .header("Content-Type", "text/csv")
                            .POST(HttpRequest.BodyPublishers.ofString(bundle))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Milliseconds from the commit until {@code base} serves the inspection (fails after twice the stated delay). */
    private static long awaitInspection(URI base, String id, long since) throws Exception {
        AtomicLong last = new AtomicLong();
        while (System.nanoTime() - since < IMPORT_SEEN_WITHIN.multipliedBy(2).toNanos()) {
            int status = get(base, "/api/inspections/" + id + "/results").statusCode();
            last.set(status);
            if (status == 200) {
                return (System.nanoTime() - since) / 1_000_000;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("node at " + base + " did not serve '" + id + "' within "
                + IMPORT_SEEN_WITHIN.multipliedBy(2) + " (last HTTP " + last + ")");
    }

    private static HttpResponse<String> get(URI base, String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
