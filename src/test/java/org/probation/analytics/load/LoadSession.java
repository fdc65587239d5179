package org.probation.analytics.load;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * One simulated user with its own cookie jar (so its own HTTP and Vaadin session): until the
 * deadline or the shared request budget runs out, one page visit (four requests) then two
 * API calls, each picked at random from the targets. Every request is timed and checked; a failure is recorded, never thrown.
 */
final class LoadSession implements Runnable {

    private final LoadSettings settings;
    private final Targets targets;
    private final long deadline;
    private final AtomicLong budget;
    private final Random random;
    private final List<Sample> samples = new ArrayList<>();
    private int pageVisits;

    LoadSession(int index, LoadSettings settings, Targets targets, long deadline, AtomicLong budget) {
        this.settings = settings;
        this.targets = targets;
        this.deadline = deadline;
        this.budget = budget;
        this.random = new Random(settings.seed() * 1000 + index);
    }

    @Override
    public void run() {
        try (HttpClient http = client()) {
            for (int step = 0; more(); step++) {
                if (step % 3 == 0) {
                    PageVisit.run(this, http, targets.randomPage(random));
                    pageVisits++;
                } else {
                    api(http, targets.randomApi(random));
                }
            }
        }
    }

    private boolean more() {
        return System.nanoTime() - deadline < 0 && budget.get() > 0;
    }

    /** Every API call and page visit once, in order: the warm-up that shows every target works. */
    void everyTargetOnce() {
        try (HttpClient http = client()) {
            targets.api().forEach(path -> api(http, path));
            targets.pages().forEach(page -> PageVisit.run(this, http, page));
        }
    }

    private HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .connectTimeout(settings.requestTimeout())
                .build();
    }

    private void api(HttpClient http, String path) {
        send(
                http,
                "api",
                HttpRequest.newBuilder(uri(path)).GET(),
                r -> r.statusCode() == 200
                                && r.headers()
                                        .firstValue("Content-Type")
                                        .orElse("")
                                        .startsWith("application/json")
                        ? null
                        : "GET " + path + ": HTTP " + r.statusCode());
    }

    /**
     * Sends one request and records it; {@code check} returns what is wrong with the response, or null.
     * @return the response when it passed its check, else null
     */
    HttpResponse<String> send(
            HttpClient http, String kind, HttpRequest.Builder request, Function<HttpResponse<String>, String> check) {
        budget.decrementAndGet();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(settings.requestTimeout()).build(), HttpResponse.BodyHandlers.ofString());
            String error = check.apply(response);
            samples.add(new Sample(kind, System.nanoTime() - start, error));
            return error == null ? response : null;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            samples.add(new Sample(kind, System.nanoTime() - start, kind + ": " + e));
            return null;
        }
    }

    URI uri(String pathAndQuery) {
        return settings.base().resolve(pathAndQuery);
    }

    List<Sample> samples() {
        return samples;
    }

    int pageVisits() {
        return pageVisits;
    }
}
