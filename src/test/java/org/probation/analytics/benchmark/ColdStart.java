package org.probation.analytics.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Cold start to first page: the packaged app (production mode) started as a new process, timed
 * until {@code GET /} answers 200 with the rendered inspections page; either the plain
 * {@code java -jar} or the README's fast start ({@code launch/fast-start.sh}: extracted jar,
 * Spring AOT, JDK 25's AOT cache), which the script execs into the JVM, so the process timed
 * and stopped is the app's.
 */
final class ColdStart {

    static final Path FAST_START = Path.of("launch", "fast-start.sh").toAbsolutePath();

    private ColdStart() {}

    static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("inspection-analytics-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalStateException(
                                    "no target/inspection-analytics-*.jar: run the benchmark through ./mvnw -Pbenchmark verify, which packages it"));
        }
    }

    /** Milliseconds from launching the process to the first page; the process is stopped after. */
    static double measure(Path jar, Path database, Path datasets, Path imports, Path log) throws Exception {
        return measure(List.of(java(), "-jar", jar.toString()), Map.of(), database, datasets, imports, log);
    }

    /**
     * The README's fast start, step one: {@code launch/fast-start.sh --prepare} with the app's
     * arguments (extracts the jar, one training start writes JDK 25's AOT cache into {@code dir}).
     * Returns its milliseconds: a one-off after each build, not part of a start.
     */
    static double prepareFastStart(Path jar, Path database, Path datasets, Path imports, Path dir) throws Exception {
        List<String> command = new ArrayList<>(List.of(FAST_START.toString(), "--prepare"));
        command.addAll(appArguments(0, database, datasets, imports));
        long start = System.nanoTime();
        run(command, fastStartEnvironment(jar, dir), dir.resolveSibling("fast-start-prepare.log"));
        return (System.nanoTime() - start) / 1e6;
    }

    /** The README's fast start, step two: {@code launch/fast-start.sh} with the app's arguments, timed to the first page. */
    static double measureFastStart(Path jar, Path database, Path datasets, Path imports, Path dir, Path log)
            throws Exception {
        return measure(
                List.of(FAST_START.toString()), fastStartEnvironment(jar, dir), database, datasets, imports, log);
    }

    /** The script runs the benchmark's own JDK on this jar, and keeps its files in {@code dir}. */
    private static Map<String, String> fastStartEnvironment(Path jar, Path dir) {
        return Map.of(
                "JAVA_HOME",
                System.getProperty("java.home"),
                "APP_JAR",
                jar.toAbsolutePath().toString(),
                "FAST_START_DIR",
                dir.toAbsolutePath().toString());
    }

    private static void run(List<String> command, Map<String, String> environment, Path log) throws Exception {
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process p = builder.start();
        if (!p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("failed: " + String.join(" ", command) + "; see " + log);
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static List<String> appArguments(int port, Path database, Path datasets, Path imports) {
        return List.of(
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:duckdb:" + database,
                "--inspections.datasets-dir=" + datasets,
                "--inspections.imports-dir=" + imports);
    }

    private static double measure(
            List<String> launcher,
            Map<String, String> environment,
            Path database,
            Path datasets,
            Path imports,
            Path log)
            throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> command = new ArrayList<>(launcher);
        command.addAll(appArguments(port, database, datasets, imports));
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest first = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .build();
        long start = System.nanoTime();
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process app = builder.start();
        try {
            while (System.nanoTime() - start < Duration.ofMinutes(3).toNanos()) {
                if (!app.isAlive()) {
                    throw new IllegalStateException(
                            "the app stopped while starting (exit " + app.exitValue() + "); see " + log);
                }
                try {
                    HttpResponse<String> page = client.send(first, HttpResponse.BodyHandlers.ofString());
                    if (page.statusCode() == 200 && page.body().contains("Vaadin")) {
                        return (System.nanoTime() - start) / 1e6;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException("no first page within 3 minutes; see " + log);
        } finally {
            app.destroy();
            app.waitFor();
        }
    }
}
