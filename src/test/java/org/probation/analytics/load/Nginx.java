package org.probation.analytics.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Debian's nginx on loopback in front of two app nodes, configured from the file the README's
 * script uses ({@code launch/nginx-two-nodes.conf}: sticky sessions by the session id's route).
 */
final class Nginx implements AutoCloseable {

    static final Path TEMPLATE = Path.of("launch", "nginx-two-nodes.conf");
    static final List<Path> BINARIES = List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/bin/nginx"));

    final int port;
    private final Process process;

    private Nginx(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /** The nginx binary, or null when it is not installed. */
    static Path binary() {
        return BINARIES.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }

    static Nginx start(Path prefix, int node1, int node2) throws Exception {
        Files.createDirectories(prefix);
        int port = AppProcess.freePort();
        Path conf = prefix.toAbsolutePath().resolve("nginx.conf");
        Files.writeString(
                conf,
                Files.readString(TEMPLATE)
                        .replace("@PREFIX@", prefix.toAbsolutePath().toString())
                        .replace("@PORT@", Integer.toString(port))
                        .replace("@NODE1@", Integer.toString(node1))
                        .replace("@NODE2@", Integer.toString(node2)));
        Process process = new ProcessBuilder(
                        binary().toString(), "-p", prefix.toAbsolutePath().toString(), "-c", conf.toString())
                .redirectErrorStream(true)
                .redirectOutput(prefix.resolve("nginx.out").toFile())
                .start();
        Nginx nginx = new Nginx(port, process);
        nginx.awaitFirstPage(prefix);
        return nginx;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    private void awaitFirstPage(Path prefix) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        for (int i = 0; i < 100; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped (exit " + process.exitValue() + "): "
                        + Files.readString(prefix.resolve("nginx.out")) + readIfExists(prefix.resolve("error.log")));
            }
            try {
                HttpResponse<String> page = client.send(
                        HttpRequest.newBuilder(base().resolve("/")).build(), HttpResponse.BodyHandlers.ofString());
                if (page.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("nginx did not answer within 10 s; see " + prefix);
    }

    private static String readIfExists(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
