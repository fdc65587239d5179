package org.probation.analytics.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/** Runs the sessions side by side, one virtual thread each, until the duration or the request budget is spent. */
final class LoadRun {

    /** Every session's samples, how many sessions made at least one request, views built, and the wall time. */
    record Outcome(
            List<Sample> samples, int sessionsThatRan, long viewsBuilt, long millis, List<LoadSession> sessions) {}

    private LoadRun() {}

    static Outcome run(LoadSettings settings, Targets targets) {
        long start = System.nanoTime();
        long deadline = start + settings.duration().toNanos();
        AtomicLong budget = new AtomicLong(settings.maxRequests());
        List<LoadSession> sessions = IntStream.range(0, settings.sessions())
                .mapToObj(i -> new LoadSession(i, settings, targets, deadline, budget))
                .toList();
        // closing the executor waits for every session; a session stops at the deadline after its
        // request in flight, which is bounded by the request timeout
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            sessions.forEach(threads::submit);
        }
        List<Sample> samples = new ArrayList<>();
        sessions.forEach(s -> samples.addAll(s.samples()));
        return new Outcome(
                samples,
                (int) sessions.stream().filter(s -> !s.samples().isEmpty()).count(),
                sessions.stream().mapToLong(LoadSession::viewsBuilt).sum(),
                (System.nanoTime() - start) / 1_000_000,
                sessions);
    }
}
