package org.probation.analytics.load;

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
 * The packaged app (the production-mode jar that {@code ./mvnw package} builds) started as its own
 * process on loopback, with JMX on a loopback port for the figures the load runs read (see {@link
 * AppProbe}); its output goes to a log file beside the run's other files.
 */
final class AppProcess implements AutoCloseable {

    final int port;
    final int jmxPort;
    private final List<String> command;
    private final java.util.Map<String, String> environment;
    private final Path log;
    private Process process;

    private AppProcess(
            int port, int jmxPort, List<String> command, java.util.Map<String, String> environment, Path log) {
        this.port = port;
        this.jmxPort = jmxPort;
        this.command = command;
        this.environment = environment;
        this.log = log;
    }

    /**
     * Starts {@code jar} with heap {@code xmx} and the app's own arguments (database, datasets,
     * imports, session timeout...), and waits until its first page answers.
     */
    static AppProcess start(Path jar, String xmx, List<String> appArguments, Path log) throws Exception {
        return start(jar, xmx, appArguments, java.util.Map.of(), log);
    }

    /** As {@link #start(Path, String, List, Path)}, with environment variables (the admin password). */
    static AppProcess start(
            Path jar, String xmx, List<String> appArguments, java.util.Map<String, String> environment, Path log)
            throws Exception {
        int port = freePort();
        int jmx = freePort();
        List<String> command = new ArrayList<>(List.of(
                java(),
                "-Xmx" + xmx,
                "-Dcom.sun.management.jmxremote.port=" + jmx,
                "-Dcom.sun.management.jmxremote.rmi.port=" + jmx,
                "-Dcom.sun.management.jmxremote.host=127.0.0.1",
                "-Djava.rmi.server.hostname=127.0.0.1",
                "-Dcom.sun.management.jmxremote.authenticate=false",
                "-Dcom.sun.management.jmxremote.ssl=false",
                "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--server.tomcat.mbeanregistry.enabled=true",
                "--logging.level.root=warn"));
        command.addAll(appArguments);
        AppProcess app = new AppProcess(port, jmx, command, environment, log);
        app.launch();
        return app;
    }

    /** Starts the same command again (after {@link #stop}), on the same ports. */
    void launch() throws Exception {
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        awaitFirstPage(Duration.ofMinutes(3));
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    long pid() {
        return process.pid();
    }

    /** Stops the process as an orderly shutdown (SIGTERM) and waits for it. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private void awaitFirstPage(Duration limit) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest first = HttpRequest.newBuilder(base().resolve("/")).build();
        long start = System.nanoTime();
        while (System.nanoTime() - start < limit.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the app stopped while starting (exit " + process.exitValue() + "); see " + log);
            }
            try {
                HttpResponse<String> page = client.send(first, HttpResponse.BodyHandlers.ofString());
                if (page.statusCode() == 200 && page.body().contains("Vaadin")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no first page within " + limit + "; see " + log);
    }

    /** The packaged jar in {@code target/}: run through {@code ./mvnw -Pload verify}, which packages it. */
    static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("inspection-analytics-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "no target/inspection-analytics-*.jar: run ./mvnw -B -Pload verify, which packages it"));
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
