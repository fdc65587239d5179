package org.probation.analytics.load;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.probation.analytics.synthetic.SyntheticNational;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The production load benchmark ({@code ./mvnw -B -Pload verify}): the packaged jar, in Vaadin's
 * production mode, started as its own process on the synthetic national dataset; simulated
 * analysts ({@link LoadSession}) with a person's think time between actions. One run at {@code
 * load.analysts} (200) for {@code load.seconds} (120), then the capacity search: runs at each of
 * {@code load.capacity} (300,400,500,600) analysts until view navigation's p95 passes 1 s or a
 * request fails; then the sessions are left to expire ({@code load.sessionTimeoutMinutes}, 2) and
 * the heap is measured again. Writes {@code target/load/production.json}; the targets are
 * reported, not asserted (figures of a shared 2-core machine, not a unit test).
 */
public final class ProductionLoad {

    static final Path OUT = Path.of("target", "load");
    static final double NAVIGATION_P95_LIMIT_MS = 1000;
    private static final com.sun.management.OperatingSystemMXBean OWN =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) throws Exception {
        long seed = Long.getLong("load.seed", 8);
        int analysts = Integer.getInteger("load.analysts", 200);
        List<Integer> capacity = Arrays.stream(
                        System.getProperty("load.capacity", "300,400,500,600").split(","))
                .filter(s -> !s.isBlank())
                .map(s -> Integer.parseInt(s.trim()))
                .toList();
        long seconds = Long.getLong("load.seconds", 120);
        String xmx = System.getProperty("load.xmx", "1g");
        int sessionTimeout = Integer.getInteger("load.sessionTimeoutMinutes", 2);
        Files.createDirectories(OUT);
        Path national = OUT.resolve("national");
        FileSystemUtils.deleteRecursively(national);
        SyntheticNational.write(national, 42);
        Path database = OUT.toAbsolutePath().resolve("production.duckdb");
        Files.deleteIfExists(database);
        Files.deleteIfExists(Path.of(database + ".wal"));
        FileSystemUtils.deleteRecursively(OUT.resolve("imports"));

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("mode", "production (packaged jar, own process)");
        report.put("jar", AppProcess.jar().getFileName().toString());
        report.put("xmx", xmx);
        report.put("datasets", "synthetic national, seed 42");
        report.put("thinkMs", "2000-8000");
        report.put("mix", LoadSettings.DEFAULT_MIX);
        report.put("sessionTimeoutMinutes", sessionTimeout);
        report.put("cores", Runtime.getRuntime().availableProcessors());
        try (AppProcess app = AppProcess.start(
                        AppProcess.jar(),
                        xmx,
                        List.of(
                                "--spring.datasource.url=jdbc:duckdb:" + database,
                                "--inspections.datasets-dir=" + national.toAbsolutePath(),
                                "--inspections.imports-dir="
                                        + OUT.toAbsolutePath().resolve("imports"),
                                "--server.servlet.session.timeout=" + sessionTimeout + "m"),
                        OUT.resolve("production-app.log"));
                AppProbe probe = new AppProbe(app.jmxPort, app.pid())) {
            LoadSettings settings = new LoadSettings(
                    app.base(),
                    analysts,
                    Duration.ofSeconds(seconds),
                    Long.MAX_VALUE,
                    Duration.ofSeconds(60),
                    seed,
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(8),
                    LoadSettings.Mix.parse(LoadSettings.DEFAULT_MIX));
            Targets targets = Targets.discover(app.base());
            report.put(
                    "targets",
                    Map.of(
                            "api",
                            targets.api().size(),
                            "csv",
                            targets.csv().size(),
                            "views",
                            targets.pages().size()));
            long warmStart = System.nanoTime();
            // every view (so that the answers kept per load are in the baseline), and each kind of API call
            Targets spread = targets.spread(150);
            LoadSession warmUp = new LoadSession(
                    -1,
                    settings,
                    new Targets(spread.api(), spread.csv(), targets.pages()),
                    0,
                    new AtomicLong(Long.MAX_VALUE));
            warmUp.everyTargetOnce();
            List<String> warmErrors = warmUp.samples().stream()
                    .filter(s -> s.error() != null)
                    .map(Sample::error)
                    .limit(10)
                    .toList();
            log(
                    "warm-up: every target once, %d requests in %.0f s, %d errors %s",
                    warmUp.samples().size(), (System.nanoTime() - warmStart) / 1e9, warmErrors.size(), warmErrors);
            report.put("warmUpErrors", warmErrors);
            // the profile: one analyst following links with no pause, so each view's time is its own cost
            LoadSettings alone = new LoadSettings(
                    app.base(),
                    1,
                    Duration.ofSeconds(Long.getLong("load.profileSeconds", 30)),
                    Long.MAX_VALUE,
                    Duration.ofSeconds(60),
                    seed,
                    Duration.ZERO,
                    Duration.ZERO,
                    LoadSettings.Mix.parse("navigate:100,open:0,api:0,csv:0"));
            LoadResult profile = LoadResult.of(alone, "synthetic national", LoadRun.run(alone, targets));
            report.put("oneAnalystNavigationByView", profile.navigationByView());
            log(
                    "one analyst, no pause: navigation p50 %.0f ms; by view %s",
                    profile.byKind().get(VaadinUi.NAVIGATION).p50Ms(), profile.navigationByView());
            long baseline = probe.heapUsedAfterGc();
            report.put("baselineHeapMb", megabytes(baseline));
            report.put("baselineSessions", probe.sessions());

            List<LevelFigures> levels = new ArrayList<>();
            LevelFigures main = level(settings, targets, probe, baseline);
            levels.add(main);
            report.put("histogramWithSessionsHeld", probe.histogram(25));
            int largest = main.holds(NAVIGATION_P95_LIMIT_MS) ? analysts : 0;
            for (int n : capacity) {
                if (largest < analysts) {
                    break;
                }
                LevelFigures figures = level(settings.withSessions(n), targets, probe, baseline);
                levels.add(figures);
                if (!figures.holds(NAVIGATION_P95_LIMIT_MS)) {
                    break;
                }
                largest = n;
            }
            report.put("levels", levels);
            report.put("capacityAnalysts", largest);
            report.put("capacityRule", "largest number of analysts run with 0 errors and navigation p95 <= 1000 ms");
            report.put("capacityNotTriedAbove", levels.getLast().holds(NAVIGATION_P95_LIMIT_MS));

            long waitStart = System.nanoTime();
            Duration limit = Duration.ofMinutes(sessionTimeout + 3);
            while (probe.sessions() > 0 && System.nanoTime() - waitStart < limit.toNanos()) {
                Thread.sleep(5000);
            }
            report.put("sessionsAfterExpiry", probe.sessions());
            report.put("secondsToExpire", Math.round((System.nanoTime() - waitStart) / 1e9));
            long after = probe.heapUsedAfterGc();
            report.put("heapAfterExpiryMb", megabytes(after));
            report.put("heapAfterExpiryAboveBaselineMb", megabytes(after - baseline));
            report.put(
                    "targets200",
                    Map.of(
                            "noErrors", main.errors() == 0,
                            "navigationP95Within1s", main.navigationP95Ms() <= NAVIGATION_P95_LIMIT_MS,
                            "heapPerSessionAtMost2Mb", main.heapPerSessionMb() <= 2,
                            "capacityAtLeast300", largest >= 300,
                            "memoryBackToBaseline", after - baseline <= Math.max(16 << 20, baseline / 20)));
        }
        Path json = OUT.resolve("production.json");
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(json.toFile(), report);
        log("wrote %s: %s", json, report.get("targets200"));
    }

    private static LevelFigures level(LoadSettings settings, Targets targets, AppProbe probe, long baseline)
            throws Exception {
        long cpuBefore = probe.cpuNanos();
        long ownBefore = OWN.getProcessCpuTime();
        LoadRun.Outcome outcome = LoadRun.run(settings, targets);
        long cpu = probe.cpuNanos() - cpuBefore;
        long own = OWN.getProcessCpuTime() - ownBefore;
        LoadResult result = LoadResult.of(settings, "synthetic national", outcome);
        int sessions = probe.sessions();
        long heap = probe.heapUsedAfterGc();
        LevelFigures figures = new LevelFigures(
                settings.sessions(),
                settings.duration().toSeconds(),
                outcome.millis(),
                result.requests(),
                result.errors(),
                result.viewsBuilt(),
                result.requestsPerSecond(),
                result.byKind(),
                result.navigationByView(),
                megabytes(heap),
                sessions,
                sessions == 0 ? 0 : Math.round((heap - baseline) / 1048576.0 / sessions * 100) / 100.0,
                Math.round(cpu / 1e6 / Math.max(1, outcome.millis()) * 100) / 100.0,
                Math.round(own / 1e6 / Math.max(1, outcome.millis()) * 100) / 100.0,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                result.firstErrors());
        log("%s", figures.summary());
        log("  by kind %s", figures.byKind());
        return figures;
    }

    private static double megabytes(long bytes) {
        return Math.round(bytes / 1048576.0 * 10) / 10.0;
    }

    private static void log(String format, Object... args) {
        System.out.printf("[load] " + format + "%n", args);
    }
}
