package org.probation.analytics.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.probation.analytics.Application;

/**
 * The real application in a child JVM (this test's classpath, the Boot main class) on a DuckDB
 * file and an imports folder under {@code dir}, its output in {@code dir/<name>.log}. Killed with
 * SIGKILL ({@link Process#destroyForcibly()}), or stopped with SIGTERM when closed.
 */
final class AppProcess implements AutoCloseable {

    // The start takes 10-20 s on an idle 2-core machine, over a minute when others build beside it.
    static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Pattern STARTED = Pattern.compile("Started Application in");

    private final Process process;
    private final Path log;
    private final Thread reaper;
    final int port;

    private AppProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.reaper = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(reaper);
        this.port = Integer.parseInt(await(PORT, START_TIMEOUT).group(1));
        await(STARTED, START_TIMEOUT);
    }

    /** Starts the app and waits until it serves requests; {@code pauseAt} is a CrashTestPause point or "". */
    static AppProcess start(Path dir, String name, String adminPassword, String pauseAt) {
        String java = ProcessHandle.current().info().command().orElseThrow();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        java,
                        "-Xmx768m",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Application.class.getName(),
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:duckdb:" + dir.resolve("db.duckdb"),
                        "--inspections.datasets-dir=" + Path.of("datasets").toAbsolutePath(),
                        "--inspections.imports-dir=" + dir.resolve("imports"),
                        "--inspections.crash-test.pause-at=" + pauseAt))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        builder.environment().put("INSPECTIONS_ADMIN_PASSWORD", adminPassword);
        try {
            return new AppProcess(builder.start(), dir.resolve(name + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a line of the app's log matching {@code pattern}; fails if the app dies first. */
    Matcher await(Pattern pattern, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = pattern.matcher(logText());
            if (m.find()) {
                return m;
            }
            if (!process.isAlive()) {
                throw new AssertionError(
                        "the app exited (" + process.exitValue() + ") before '" + pattern + "':\n" + tail());
            }
            sleep(100);
        }
        throw new AssertionError("no '" + pattern + "' in the app's log within " + timeout + ":\n" + tail());
    }

    /** SIGKILL: no shutdown hook, no DuckDB checkpoint, nothing flushed. Returns the exit code (137 = killed by signal 9). */
    int kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new AssertionError("the app did not die within 60 s of SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return process.exitValue();
    }

    String logText() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tail() {
        String text = logText();
        return text.substring(Math.max(0, text.length() - 4000));
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting: the hook runs anyway
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
