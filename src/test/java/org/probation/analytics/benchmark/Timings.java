package org.probation.analytics.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** Wall-clock samples of one call, in milliseconds, with the percentiles the report needs. */
final class Timings {

    private final List<Double> millis = new ArrayList<>();

    /** Runs the call {@code warmup} times untimed, then {@code runs} times timed. */
    static Timings of(int warmup, int runs, Supplier<?> call) {
        for (int i = 0; i < warmup; i++) {
            consume(call.get());
        }
        Timings t = new Timings();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            consume(call.get());
            t.millis.add((System.nanoTime() - start) / 1e6);
        }
        return t;
    }

    double p50() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    double max() {
        return Collections.max(millis);
    }

    int count() {
        return millis.size();
    }

    /** Nearest-rank percentile. */
    double percentile(double p) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static volatile Object sink;

    private static void consume(Object result) {
        sink = result;
    }
}
