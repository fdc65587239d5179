package org.probation.analytics.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.probation.analytics.Application;
import org.probation.analytics.base.DataVersion;
import org.probation.analytics.changes.ChangesService;
import org.probation.analytics.comparison.ComparisonService;
import org.probation.analytics.dataset.DatasetLoader;
import org.probation.analytics.dataset.LoadReport;
import org.probation.analytics.synthetic.SyntheticNational;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national-scale benchmark, one run: generates the synthetic national dataset, times its
 * load, each view's service calls, the all-providers comparisons beside a hand-written SQL
 * baseline and statsmodels, cold start of the packaged app, and the peak heap; writes
 * {@code target/benchmark/results.json}. Run with {@code ./mvnw -B -Pbenchmark verify}.
 */
public final class Benchmark {

    static final Path OUT = Path.of("target", "benchmark");

    public static void main(String[] args) throws Exception {
        long seed = Long.parseLong(System.getProperty("benchmark.seed", "42"));
        int runs = Integer.parseInt(System.getProperty("benchmark.runs", "200"));
        // for working on one part: e.g. -Dbenchmark.parts=views (the report is then partial)
        java.util.Set<String> parts =
                java.util.Set.of(System.getProperty("benchmark.parts", "views,compare,statsmodels,coldstart")
                        .split(","));
        Files.createDirectories(OUT);
        Path national = OUT.resolve("national");
        Path database = OUT.toAbsolutePath().resolve("national.duckdb");
        Path imports = OUT.resolve("imports");
        FileSystemUtils.deleteRecursively(national);
        Files.deleteIfExists(database);
        Files.deleteIfExists(Path.of(database + ".wal"));
        long genStart = System.nanoTime();
        SyntheticNational.write(national, seed);
        double generateMs = (System.nanoTime() - genStart) / 1e6;
        log("generated %s (seed %d) in %.0f ms", national, seed, generateMs);

        HeapSampler heap = HeapSampler.start();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("seed", seed);
        results.put("generateMs", round(generateMs));
        // command-line arguments: they override application.properties (builder properties would not)
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:duckdb:" + database,
                        "--inspections.datasets-dir=" + national,
                        "--inspections.imports-dir=" + imports,
                        "--inspections.load-datasets-on-start=false",
                        "--logging.level.root=warn")) {
            long loadStart = System.nanoTime();
            LoadReport load = context.getBean(DatasetLoader.class).load(national, imports);
            double loadMs = (System.nanoTime() - loadStart) / 1e6;
            log(
                    "national load: %d files, %d rows in %.0f ms%s",
                    load.files(),
                    load.rows(),
                    loadMs,
                    load.skipped() ? " (SKIPPED: the database already held these files)" : "");

            Map<String, Object> first = new LinkedHashMap<>();
            Map<String, Object> p50 = new LinkedHashMap<>();
            Map<String, Object> p95 = new LinkedHashMap<>();
            for (Map.Entry<String, Supplier<?>> view : parts.contains("views")
                    ? ViewCalls.of(context, seed).entrySet()
                    : Map.<String, Supplier<?>>of().entrySet()) {
                first.put(view.getKey(), round(Timings.of(0, 1, view.getValue()).max()));
                Timings t = Timings.of(
                        Math.min(20, runs),
                        view.getKey().equals("changes") ? Math.min(50, runs) : runs,
                        view.getValue());
                p50.put(view.getKey(), round(t.p50()));
                p95.put(view.getKey(), round(t.p95()));
                log("view %-12s p50 %7.1f ms  p95 %7.1f ms  (%d calls)", view.getKey(), t.p50(), t.p95(), t.count());
            }

            if (parts.contains("probe")) {
                Probe.run(context);
            }
            results.put("nationalLoadMs", round(loadMs));
            results.put("nationalRows", load.rows());
            results.put("viewFirstCallMs", first);
            results.put("viewP50Ms", p50);
            results.put("viewP95Ms", p95);
            if (parts.contains("compare")) {
                compare(context, results, parts.contains("statsmodels"));
            }
        }
        results.put("peakHeapMb", round(heap.stop() / 1048576.0));
        results.put(
                "maxHeapMb",
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / 1048576);
        if (parts.contains("coldstart")) {
            coldStart(results, database, national, imports);
        }
        Path json = OUT.resolve("results.json");
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(json.toFile(), results);
        log("wrote %s", json);
    }

    private static void compare(
            ConfigurableApplicationContext context, Map<String, Object> results, boolean withStatsmodels)
            throws Exception {
        ComparisonService comparisons = context.getBean(ComparisonService.class);
        AllComparisons all = new AllComparisons(comparisons, context.getBean(ChangesService.class));
        // the first call after a load: every answer kept per load (lookups, the pools' counts) read afresh
        context.getBean(DataVersion.class).bump();
        double first = Timings.of(0, 1, all::run).max();
        Timings java = Timings.of(2, 10, all::run);
        SqlBaseline baseline = new SqlBaseline(context.getBean(DSLContext.class));
        Timings sql = Timings.of(2, 10, baseline::run);
        Result<Record> sqlRows = baseline.run();
        AllComparisons.Summary summary = all.run();
        AllComparisons.Agreement agreement = all.agreement(sqlRows);
        log(
                "all-providers comparisons: app %.1f ms (p50 of 10; first call after a load %.1f ms), SQL baseline %.1f ms: ratio %.2f; %s; %s",
                java.p50(), first, sql.p50(), java.p50() / sql.p50(), summary, agreement);

        // a machine without statsmodels skips that part, says why and how to install it, and writes every other figure
        String missing = withStatsmodels ? Statsmodels.missing(Statsmodels.PYTHON) : "not asked for (benchmark.parts)";
        Statsmodels.Run statsmodels = missing == null
                ? Statsmodels.run(sqlRows, OUT)
                : new Statsmodels.Run(Double.NaN, Double.NaN, 0, Double.NaN);
        if (missing == null) {
            log(
                    "statsmodels: %d tests, compute %.0f ms (process %.0f ms), max |z| difference from SQL %.2g",
                    statsmodels.tests(),
                    statsmodels.computeMs(),
                    statsmodels.processMs(),
                    statsmodels.maxZDifference());
        } else {
            log("statsmodels: skipped: %s", missing);
            results.put("statsmodelsSkipped", missing);
        }

        results.put("allProvidersCompareMs", round(java.p50()));
        results.put("allProvidersCompareFirstCallMs", round(first));
        results.put("sqlBaselineMs", round(sql.p50()));
        results.put("compareToSqlRatio", round(java.p50() / sql.p50()));
        results.put("comparisons", summary);
        results.put("sqlAgreement", agreement);
        results.put("statsmodelsMs", round(statsmodels.computeMs()));
        results.put("statsmodelsProcessMs", round(statsmodels.processMs()));
        results.put("statsmodelsMaxZDifference", statsmodels.maxZDifference());
    }

    /**
     * Cold start to the first page on the national database (already loaded: the start checks its
     * fingerprint and skips the load). {@code coldStartMs} is the README's start, the fast start
     * ({@code launch/fast-start.sh} after its one-off {@code --prepare}); the plain {@code java -jar}
     * is measured too. Medians of three; a fresh database (the start loads it) once.
     */
    private static void coldStart(Map<String, Object> results, Path database, Path national, Path imports)
            throws Exception {
        Path jar = ColdStart.jar();
        String loadBefore = loadAverage();
        List<Double> plain = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            plain.add(round(ColdStart.measure(
                    jar, database, national, imports, OUT.resolve("cold-start-plain-" + i + ".log"))));
        }
        Path fastStart = OUT.resolve("fast-start");
        double prepare = ColdStart.prepareFastStart(jar, database, national, imports, fastStart);
        List<Double> fast = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            fast.add(round(ColdStart.measureFastStart(
                    jar, database, national, imports, fastStart, OUT.resolve("cold-start-" + i + ".log"))));
        }
        Path fresh = OUT.toAbsolutePath().resolve("fresh.duckdb");
        Files.deleteIfExists(fresh);
        double withLoad = ColdStart.measureFastStart(
                jar, fresh, national, imports, fastStart, OUT.resolve("cold-start-fresh.log"));
        results.put("coldStartMs", median(fast));
        results.put("coldStartRunsMs", fast);
        results.put("coldStartPlainJarMs", median(plain));
        results.put("coldStartPlainJarRunsMs", plain);
        results.put("coldStartPrepareMs", round(prepare));
        results.put("coldStartFreshDatabaseMs", round(withLoad));
        results.put("coldStartLoadAverage", List.of(loadBefore, loadAverage()));
        log(
                "cold start to first page, fast start (launch/fast-start.sh; existing national database): %s ms; "
                        + "on a fresh database (loads it): %.0f ms; its one-off --prepare: %.0f ms",
                fast, withLoad, prepare);
        log(
                "cold start to first page, plain java -jar: %s ms; load average before %s, after %s",
                plain, loadBefore, loadAverage());
    }

    private static double median(List<Double> runs) {
        return runs.stream().sorted().toList().get(runs.size() / 2);
    }

    /** The machine's 1, 5 and 15 minute load averages (cold start figures depend on them). */
    private static String loadAverage() {
        try {
            return String.join(
                    " ",
                    java.util.Arrays.copyOf(
                            Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static void log(String format, Object... args) {
        System.out.println("[benchmark] " + String.format(java.util.Locale.UK, format, args));
    }

    private Benchmark() {}
}
