package org.probation.analytics.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Issue 8, crash safety: the real app (a child JVM on a DuckDB file) is killed with SIGKILL in the
 * middle of imports, at the dangerous steps of a commit ({@link CrashTestPause}) and after random
 * delays, and restarted on the same files. After every restart the seeds and every committed
 * import are there unchanged, an import in flight is there in full or not at all (a replace: the
 * old version or the new, never neither), nothing is duplicated, and the staging folder is empty.
 * Six starts of the app; {@code -Dcrash.seed=N} repeats the random delays of a run.
 */
@Tag("crash")
class ImportCrashTest {

    private static final String PASSWORD = "crash-" + UUID.randomUUID();
    private static final int ALL = SeedBundle.seedResults();

    /** One inspection as the API shows it: its /api/inspections entry and its results; ABSENT when not loaded. */
    record Version(JsonNode inspection, JsonNode results) {
        static final Version ABSENT = new Version(null, null);

        String describe() {
            return inspection == null
                    ? "absent"
                    : "'" + inspection.get("title").asString() + "' with " + results.size() + " results";
        }
    }

    @TempDir
    Path dir;

    /** Every inspection id and the versions the next restart may show of it. */
    private final Map<String, Set<Version>> allowed = new TreeMap<>();

    private final long seed = Long.getLong("crash.seed", System.nanoTime());
    private final Random random = new Random(seed);
    private long importMillis;

    @Test
    @Timeout(value = 40, unit = TimeUnit.MINUTES)
    void a_killed_import_is_there_in_full_or_not_at_all_and_nothing_loaded_before_is_lost() throws IOException {
        log("seed " + seed + " (repeat with -Dcrash.seed=" + seed + ")");
        try (AppProcess app = AppProcess.start(dir, "1-fresh", PASSWORD, "")) {
            AppClient api = new AppClient(app.port, PASSWORD);
            for (JsonNode inspection : api.get("/api/inspections")) {
                String id = inspection.get("id").asString();
                allowed.put(id, Set.of(new Version(inspection, api.get("/api/inspections/" + id + "/results"))));
            }
            assertThat(allowed).hasSize(4);
            String derby = SeedBundle.of("derby-city-2024", "derby-city", "Derby City PDU", ALL);
            Version expected = expected(api.dryRun(derby));
            long start = System.nanoTime();
            AppClient.check(api.commitAsync(derby, false).join(), 201, "first import");
            importMillis = (System.nanoTime() - start) / 1_000_000;
            allowed.put("derby-city-2024", Set.of(expected));
            verify(api);
            killAtRandom(
                    app,
                    api,
                    "derbyshire-2024",
                    SeedBundle.of("derbyshire-2024", "derbyshire", "Derbyshire PDU", ALL),
                    false);
        }
        // nothing checkpointed the database: the next start must replay the write-ahead log
        long wal = Files.size(dir.resolve("db.duckdb.wal"));
        log("write-ahead log left by the kill: " + wal + " bytes beside a " + Files.size(dir.resolve("db.duckdb"))
                + "-byte database");
        assertThat(wal).isPositive();

        killAt(
                "2-replace",
                "after-move-aside",
                "derby-city-2024",
                SeedBundle.of("derby-city-2024", "derby-city", "Derby City PDU (revised)", 150),
                true);
        killAt(
                "3-new",
                "during-load",
                "bedfordshire-2024",
                SeedBundle.of("bedfordshire-2024", "bedfordshire", "Bedfordshire PDU", ALL),
                false);
        killAt(
                "4-replace",
                "before-commit",
                "derby-city-2024",
                SeedBundle.of("derby-city-2024", "derby-city", "Derby City PDU (second revision)", 100),
                true);
        try (AppProcess app = restart("5-random")) {
            AppClient api = new AppClient(app.port, PASSWORD);
            killAtRandom(
                    app,
                    api,
                    "bedfordshire-2024",
                    SeedBundle.of("bedfordshire-2024", "bedfordshire", "Bedfordshire PDU (revised)", 180),
                    true);
        }
        try (AppProcess app = restart("6-final")) {
            assertThat(allowed).hasSizeGreaterThanOrEqualTo(6);
        }
    }

    /** Restarts the app paused at {@code point}, sends an import, waits until it stops there, kills the app. */
    private void killAt(String name, String point, String id, String bundle, boolean replace) throws IOException {
        try (AppProcess app = restart(name, point)) {
            AppClient api = new AppClient(app.port, PASSWORD);
            Version next = expected(api.dryRun(bundle));
            CompletableFuture<HttpResponse<String>> response = api.commitAsync(bundle, replace);
            app.await(Pattern.compile("crash-test: paused at " + point), Duration.ofMinutes(5));
            assertThat(app.kill()).as("exit code of SIGKILL").isEqualTo(137);
            log(name + ": killed at " + point + "; on disk: " + files());
            if (point.equals("after-move-aside")) {
                // the dangerous moment: the old folder is in staging and the new one not yet in place
                assertThat(dir.resolve("imports/inspections/" + id)).doesNotExist();
            }
            allow(id, next, response);
        }
    }

    private void killAtRandom(AppProcess app, AppClient api, String id, String bundle, boolean replace) {
        Version next = expected(api.dryRun(bundle));
        long delay = random.nextLong(importMillis * 6 / 5 + 1);
        CompletableFuture<HttpResponse<String>> response = api.commitAsync(bundle, replace);
        AppProcess.sleep(delay);
        assertThat(app.kill()).as("exit code of SIGKILL").isEqualTo(137);
        log("killed " + delay + " ms into an import of " + id + " (a whole import took " + importMillis
                + " ms); on disk: " + files());
        allow(id, next, response);
    }

    /** After a kill: the import in flight may be there (in full) or not, unless its response said it was committed. */
    private void allow(String id, Version next, CompletableFuture<HttpResponse<String>> response) {
        HttpResponse<String> done = null;
        try {
            done = response.get(10, TimeUnit.SECONDS);
        } catch (Exception killedMidRequest) {
            // no answer: the outcome is unknown
        }
        Set<Version> versions = new HashSet<>(allowed.getOrDefault(id, Set.of(Version.ABSENT)));
        versions.add(next);
        allowed.put(id, done != null && done.statusCode() == 201 ? Set.of(next) : versions);
    }

    private AppProcess restart(String name) {
        return restart(name, "");
    }

    private AppProcess restart(String name, String pauseAt) {
        AppProcess app = AppProcess.start(dir, name, PASSWORD, pauseAt);
        try {
            verify(new AppClient(app.port, PASSWORD));
            Path staging = dir.resolve("imports-staging");
            assertThat(!Files.exists(staging) || isEmpty(staging))
                    .as("staging emptied at start: " + files())
                    .isTrue();
            log(name + ": after restart "
                    + allowed.entrySet().stream()
                            .map(e -> e.getKey() + " "
                                    + e.getValue().iterator().next().describe())
                            .toList());
            return app;
        } catch (RuntimeException | Error e) {
            app.close();
            throw e;
        }
    }

    /** The API shows exactly the allowed inspections, each in one allowed version, and nothing else; then that version is the only one allowed. */
    private void verify(AppClient api) {
        JsonNode list = api.get("/api/inspections");
        List<String> ids = new ArrayList<>();
        list.forEach(i -> ids.add(i.get("id").asString()));
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(allowed.keySet()).containsAll(ids);
        for (var entry : allowed.entrySet()) {
            String id = entry.getKey();
            JsonNode inspection = ids.contains(id) ? list.get(ids.indexOf(id)) : null;
            JsonNode results = api.get("/api/inspections/" + id + "/results");
            assertThat(results == null)
                    .as(id + ": results exist exactly when the inspection does")
                    .isEqualTo(inspection == null);
            Version seen = inspection == null ? Version.ABSENT : new Version(inspection, results);
            if (!entry.getValue().contains(seen)) {
                fail(id + " is " + seen.describe() + ", expected one of "
                        + entry.getValue().stream().map(Version::describe).toList());
            }
            entry.setValue(Set.of(seen));
        }
    }

    private static Version expected(JsonNode preview) {
        assertThat(preview.get("errors")).as("preview errors").isEmpty();
        return new Version(preview.get("inspection"), preview.get("results"));
    }

    private String files() {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isDirectory)
                    .map(p -> dir.relativize(p).toString())
                    .filter(p -> p.startsWith("imports"))
                    .sorted()
                    .toList()
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void log(String message) {
        System.out.println("[crash test] " + message);
    }
}
