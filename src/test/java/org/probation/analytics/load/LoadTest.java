package org.probation.analytics.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load smoke test: {@code load.sessions} simulated analysts (50) on loopback for {@code
 * load.seconds} (10 in CI), each with its own cookie jar and tab (see {@link LoadSession}), with no
 * pause between actions, against the app on a random port in Vaadin's development mode as every
 * test. No request may fail; the figures go to {@code target/load/results.json}. The production
 * runs (the packaged app in production mode, people's think times, 200 analysts and more) are the
 * benchmark command {@code ./mvnw -B -Pload verify} ({@link ProductionLoad}). A longer run, or on other data:
 * {@code ./mvnw -B verify -Dtest=LoadTest -Dsurefire.failIfNoSpecifiedTests=false -Dload.seconds=120 -Dload.datasets=/path/to/datasets}.
 */
@Tag("load")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:duckdb:memory:load")
class LoadTest {

    static final Path RESULTS = Path.of("target", "load", "results.json");
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @DynamicPropertySource
    static void datasets(DynamicPropertyRegistry registry) {
        registry.add("inspections.datasets-dir", () -> System.getProperty("load.datasets", "datasets"));
    }

    @LocalServerPort
    int port;

    @Autowired
    WebServerApplicationContext context;

    @Test
    void fifty_analysts_opening_views_following_links_and_calling_the_api_get_no_error() throws Exception {
        LoadSettings settings = LoadSettings.fromSystemProperties(URI.create("http://localhost:" + port));
        Targets targets = Targets.discover(settings.base());
        // one session through every target first: all must work before any figure counts
        LoadSession warmUp = new LoadSession(-1, settings, targets, 0, new AtomicLong(Long.MAX_VALUE));
        warmUp.everyTargetOnce();
        assertThat(warmUp.samples())
                .filteredOn(s -> s.error() != null)
                .as("targets that fail before the load")
                .isEmpty();

        long heapBefore = heapUsedAfterGc();
        long cpuBefore = OS.getProcessCpuTime();
        LoadResult result = LoadResult.of(
                settings, System.getProperty("load.datasets", "datasets"), LoadRun.run(settings, targets));
        long cpu = OS.getProcessCpuTime() - cpuBefore;
        long heapAfterRun = heapUsedAfterGc();
        // Vaadin's dev-mode component tracker keeps a stack trace per component in a WeakHashMap
        // whose entries go only at its next use: one more page visit, then the heap has settled
        new LoadSession(
                        -2,
                        settings,
                        new Targets(
                                List.of(), List.of(), List.of(targets.pages().getFirst())),
                        0,
                        new AtomicLong(Long.MAX_VALUE))
                .everyTargetOnce();
        long heapAfter = heapUsedAfterGc();
        result =
                result.withMachine(heapBefore, heapAfterRun, heapAfter, httpSessions(), cpu, OS.getSystemLoadAverage());

        Files.createDirectories(RESULTS.getParent());
        Files.writeString(
                RESULTS,
                JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(result));
        System.out.println("[load test] " + result.summary());
        assertThat(result.firstErrors()).as("errors").isEmpty();
        assertThat(result.errors()).isZero();
        assertThat(result.sessionsThatRan()).as("sessions that made requests").isEqualTo(settings.sessions());
        // every analyst begins by opening a view, which finishes even after the deadline
        assertThat(result.viewsBuilt()).isGreaterThanOrEqualTo(settings.sessions());
        assertThat(result.byKind()).containsKeys(VaadinUi.BOOTSTRAP, VaadinUi.INIT, VaadinUi.NAVIGATION);
    }

    private int httpSessions() {
        var host = ((TomcatWebServer) context.getWebServer()).getTomcat().getHost();
        return ((Context) host.findChildren()[0]).getManager().getActiveSessions();
    }

    /** Heap in use once a few full collections have settled. */
    private static long heapUsedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
