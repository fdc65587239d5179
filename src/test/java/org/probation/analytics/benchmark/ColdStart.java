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
import java.util.stream.Stream;

/**
 * Cold start to first page: the packaged app (production mode, {@code java -jar}) started as a
 * new process, timed until {@code GET /} answers 200 with the rendered inspections page.
 */
final class ColdStart {

    private ColdStart() {}

    static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("inspection-analytics-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "no target/inspection-analytics-*.jar: run the benchmark through ./mvnw -Pbenchmark verify, which packages it"));
        }
    }

    /** Milliseconds from launching the process to the first page; the process is stopped after. */
    static double measure(Path jar, Path database, Path datasets, Path imports, Path log) throws Exception {
        return measure(List.of("-jar", jar.toString()), database, datasets, imports, log);
    }

    /**
     * JDK 25's ahead-of-time cache: the jar extracted (Spring Boot's tools jar mode), one training
     * run that stops after the context refresh writes the cache, then the start is timed with it.
     */
    static double measureWithAotCache(Path jar, Path database, Path datasets, Path imports, Path dir) throws Exception {
        Path extracted = dir.resolve("extracted");
        org.springframework.util.FileSystemUtils.deleteRecursively(extracted);
        Path cache = dir.resolve("app.aot");
        Files.deleteIfExists(cache);
        run(List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", extracted.toString()),
                dir.resolve("aot-extract.log"));
        Path app = extracted.resolve(jar.getFileName());
        List<String> training = new ArrayList<>(List.of(java(), "-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh",
                "-jar", app.toString()));
        training.addAll(appArguments(0, database, datasets, imports));
        run(training, dir.resolve("aot-training.log"));
        return measure(List.of("-XX:AOTCache=" + cache, "-jar", app.toString()), database, datasets, imports,
                dir.resolve("cold-start-aot.log"));
    }

    private static void run(List<String> command, Path log) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("failed: " + String.join(" ", command) + "; see " + log);
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static List<String> appArguments(int port, Path database, Path datasets, Path imports) {
        return List.of("--server.port=" + port, "--spring.datasource.url=jdbc:duckdb:" + database,
                "--inspections.datasets-dir=" + datasets, "--inspections.imports-dir=" + imports);
    }

    private static double measure(List<String> javaArgs, Path database, Path datasets, Path imports, Path log) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(javaArgs);
        command.addAll(appArguments(port, database, datasets, imports));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest first = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build();
        long start = System.nanoTime();
        Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            while (System.nanoTime() - start < Duration.ofMinutes(3).toNanos()) {
                if (!app.isAlive()) {
                    throw new IllegalStateException("the app stopped while starting (exit " + app.exitValue() + "); see " + log);
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
