package org.probation.analytics.load;

import java.util.List;
import java.util.Map;

/**
 * One production load run at a number of analysts: the requests by kind (api, csv, bootstrap,
 * vaadin-init, navigation, unload) with p50/p95/p99 and errors, the app's heap after full
 * collections with the sessions still held, per held session above the idle baseline, the cores
 * the app kept busy and the machine's load average (the load generator runs on the same cores).
 */
record LevelFigures(
        int analysts,
        long seconds,
        long wallMillis,
        long requests,
        long errors,
        long viewsBuilt,
        double requestsPerSecond,
        Map<String, LoadResult.KindStats> byKind,
        Map<String, LoadResult.ViewStats> navigationByView,
        double heapWithSessionsMb,
        int sessionsHeld,
        double heapPerSessionMb,
        double appCpuCores,
        double loadGeneratorCpuCores,
        double machineLoadAverage,
        List<String> firstErrors) {

    /** The navigation p95 (a view built inside an open tab), the figure capacity is judged by. */
    double navigationP95Ms() {
        LoadResult.KindStats navigation = byKind.get(VaadinUi.NAVIGATION);
        return navigation == null ? Double.NaN : navigation.p95Ms();
    }

    /** No error, and view navigation at p95 within {@code limitMs}. */
    boolean holds(double limitMs) {
        return errors == 0 && navigationP95Ms() <= limitMs;
    }

    String summary() {
        return "%d analysts for %d s: %d requests (%.1f/s), %d errors, %d views built; navigation p95 %.0f ms; %d sessions held, %.2f MB each; app %.2f cores, load generator %.2f, load average %.1f"
                .formatted(
                        analysts,
                        seconds,
                        requests,
                        requestsPerSecond,
                        errors,
                        viewsBuilt,
                        navigationP95Ms(),
                        sessionsHeld,
                        heapPerSessionMb,
                        appCpuCores,
                        loadGeneratorCpuCores,
                        machineLoadAverage);
    }
}
