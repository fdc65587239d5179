package org.probation.analytics.dataset;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The wall-clock time of each step of one load, in the order the steps ran, for its report and log line. */
final class LoadSteps {

    private final long start = System.nanoTime();
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long mark = start;

    /** Ends the step that began when the previous one ended (or the load began). */
    void done(String step) {
        long now = System.nanoTime();
        millis.merge(step, (now - mark) / 1_000_000, Long::sum);
        mark = now;
    }

    long totalMillis() {
        return (System.nanoTime() - start) / 1_000_000;
    }

    Map<String, Long> millis() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(millis));
    }

    @Override
    public String toString() {
        return millis.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + " ms")
                .collect(Collectors.joining(", "));
    }
}
