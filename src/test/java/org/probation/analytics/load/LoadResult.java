package org.probation.analytics.load;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The figures of one load run, as written to {@code target/load/results.json}: latencies in
 * milliseconds (nearest-rank percentiles over every request), heap used after a full GC before
 * and after the run, and the HTTP sessions the server holds at the end.
 */
record LoadResult(
        int sessions,
        int sessionsThatRan,
        long seconds,
        long wallMillis,
        String datasets,
        long requests,
        long errors,
        long viewsBuilt,
        double requestsPerSecond,
        double p50Ms,
        double p95Ms,
        double maxMs,
        Map<String, KindStats> byKind,
        Map<String, ViewStats> navigationByView,
        double heapBeforeMb,
        double heapAfterRunMb,
        double heapAfterMb,
        int httpSessionsAfter,
        double appCpuCores,
        double machineLoadAverage,
        List<String> firstErrors) {

    /** The same figures for one kind of request: api, csv, bootstrap (the page), vaadin-init, navigation (a view built), unload. */
    record KindStats(long requests, long errors, double p50Ms, double p95Ms, double p99Ms) {}

    /** The navigations that built one kind of view: how many, their latency, and the size of the UIDL that built it. */
    record ViewStats(long requests, long errors, double p50Ms, double p95Ms, long medianUidlChars) {}

    /** The request figures; the memory ones are added by {@link #withMemory} once the samples can be collected. */
    static LoadResult of(LoadSettings settings, String datasets, LoadRun.Outcome outcome) {
        List<Sample> samples = outcome.samples();
        Map<String, KindStats> byKind = samples.stream()
                .collect(Collectors.groupingBy(
                        Sample::kind,
                        TreeMap::new,
                        Collectors.collectingAndThen(Collectors.toList(), LoadResult::stats)));
        KindStats all = stats(samples);
        Map<String, ViewStats> byView = samples.stream()
                .filter(s -> s.kind().equals(VaadinUi.NAVIGATION))
                .collect(Collectors.groupingBy(
                        Sample::view,
                        TreeMap::new,
                        Collectors.collectingAndThen(Collectors.toList(), LoadResult::viewStats)));
        long[] sorted = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
        return new LoadResult(
                settings.sessions(),
                outcome.sessionsThatRan(),
                settings.duration().toSeconds(),
                outcome.millis(),
                datasets,
                all.requests(),
                all.errors(),
                outcome.viewsBuilt(),
                round(samples.size() * 1000.0 / Math.max(1, outcome.millis())),
                all.p50Ms(),
                all.p95Ms(),
                sorted.length == 0 ? 0 : millis(sorted[sorted.length - 1]),
                byKind,
                byView,
                0,
                0,
                0,
                0,
                0,
                0,
                samples.stream()
                        .filter(s -> s.error() != null)
                        .map(Sample::error)
                        .distinct()
                        .limit(10)
                        .toList());
    }

    /**
     * Adds what the machine did: heap used after a full GC before the run, right after it, and once
     * settled (see LoadTest), HTTP sessions
     * held, the JVM's CPU time over the run's wall time (cores busy; app and load generator share
     * the JVM), and the machine's load average at the end (other work on the machine slows the figures).
     */
    LoadResult withMachine(
            long heapBefore, long heapAfterRun, long heapAfter, int httpSessions, long cpuNanos, double loadAverage) {
        return new LoadResult(
                sessions,
                sessionsThatRan,
                seconds,
                wallMillis,
                datasets,
                requests,
                errors,
                viewsBuilt,
                requestsPerSecond,
                p50Ms,
                p95Ms,
                maxMs,
                byKind,
                navigationByView,
                megabytes(heapBefore),
                megabytes(heapAfterRun),
                megabytes(heapAfter),
                httpSessions,
                round(cpuNanos / 1e6 / Math.max(1, wallMillis)),
                round(loadAverage),
                firstErrors);
    }

    static ViewStats viewStats(List<Sample> samples) {
        KindStats stats = stats(samples);
        long[] chars = samples.stream().mapToLong(Sample::chars).sorted().toArray();
        return new ViewStats(
                stats.requests(), stats.errors(), stats.p50Ms(), stats.p95Ms(), chars[(chars.length - 1) / 2]);
    }

    static KindStats stats(List<Sample> samples) {
        long[] sorted = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
        return new KindStats(
                sorted.length,
                samples.stream().filter(s -> s.error() != null).count(),
                percentile(sorted, 0.50),
                percentile(sorted, 0.95),
                percentile(sorted, 0.99));
    }

    /** Nearest rank: the smallest value with at least {@code p} of the values at or below it. */
    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sortedNanos.length);
        return millis(sortedNanos[Math.max(0, rank - 1)]);
    }

    String summary() {
        return ("%d sessions for %d s (%d ms): %d requests (%.1f/s), %d errors, %d views built; p50 %.1f ms, p95 %.1f ms, "
                        + "max %.1f ms; heap %.1f -> %.1f MB (%.1f MB right after the run); %d HTTP sessions; %.1f cores busy, "
                        + "load average %.1f; by kind %s")
                .formatted(
                        sessions,
                        seconds,
                        wallMillis,
                        requests,
                        requestsPerSecond,
                        errors,
                        viewsBuilt,
                        p50Ms,
                        p95Ms,
                        maxMs,
                        heapBeforeMb,
                        heapAfterMb,
                        heapAfterRunMb,
                        httpSessionsAfter,
                        appCpuCores,
                        machineLoadAverage,
                        byKind);
    }

    private static double millis(long nanos) {
        return round(nanos / 1e6);
    }

    private static double megabytes(long bytes) {
        return round(bytes / (1024.0 * 1024.0));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
