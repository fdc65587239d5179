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
 * One simulated analyst with its own cookie jar (so its own HTTP and Vaadin session) and one
 * browser tab: it opens a view, then until the deadline or the shared request budget runs out
 * thinks for a while ({@link LoadSettings#thinkMin()} to {@code thinkMax()}, seeded) and does
 * one thing, drawn by {@link LoadSettings.Mix}: follows a link inside its tab (a view
 * navigation), opens a view afresh (the tab unloads, a new page loads), calls the JSON API, or
 * downloads a CSV. At the end half of them close their tab (the unload beacon) and the rest walk
 * away from it, so their session is held until it expires. Every request is timed and checked; a
 * failure is recorded, never thrown.
 */
final class LoadSession implements Runnable {

    static final String API = "api", CSV = "csv";

    private final LoadSettings settings;
    private final Targets targets;
    private final long deadline;
    private final AtomicLong budget;
    private final Random random;
    private final List<Sample> samples = new ArrayList<>();
    private final CookieManager cookies = new CookieManager();
    private int viewsBuilt;
    private String firstNode = "";

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
            // people do not all arrive at once: each begins after a first pause of up to the longest think time
            if (!arrive()) {
                return;
            }
            VaadinUi tab = open(http, null);
            firstNode = node();
            while (more() && think()) {
                double draw = random.nextDouble();
                LoadSettings.Mix mix = settings.mix();
                if (draw < mix.navigate()) {
                    Targets.Page page = targets.randomPage(random);
                    if (tab == null || !tab.navigate(page)) {
                        tab = tab == null ? open(http, null) : null;
                    } else {
                        viewsBuilt++;
                    }
                } else if (draw < mix.navigate() + mix.open()) {
                    tab = open(http, tab);
                } else if (draw < mix.navigate() + mix.open() + mix.api()) {
                    get(http, API, targets.randomApi(random), "application/json");
                } else {
                    get(http, CSV, targets.randomCsv(random), "text/csv");
                }
            }
            if (tab != null && random.nextBoolean()) {
                tab.close();
            }
        }
    }

    /** Opens a random view afresh in the tab, unloading what it showed. */
    private VaadinUi open(HttpClient http, VaadinUi previous) {
        if (previous != null) {
            previous.close();
        }
        VaadinUi ui = VaadinUi.open(this, http, targets.randomPage(random));
        if (ui != null) {
            viewsBuilt++;
        }
        return ui;
    }

    private boolean more() {
        return System.nanoTime() - deadline < 0 && budget.get() > 0;
    }

    private boolean arrive() {
        long max = settings.thinkMax().toMillis();
        if (max > 0) {
            try {
                Thread.sleep((long) (random.nextDouble() * max));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return more();
    }

    /** A person's pause between actions; false when the run ended meanwhile. */
    private boolean think() {
        long min = settings.thinkMin().toMillis();
        long max = settings.thinkMax().toMillis();
        long pause = max <= min ? min : min + (long) (random.nextDouble() * (max - min));
        if (pause > 0) {
            long remaining = (deadline - System.nanoTime()) / 1_000_000;
            try {
                Thread.sleep(Math.max(0, Math.min(pause, remaining)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return more();
    }

    /** Every API call, CSV and view once, in order: the warm-up that shows every target works. */
    void everyTargetOnce() {
        try (HttpClient http = client()) {
            targets.api().forEach(path -> get(http, API, path, "application/json"));
            targets.csv().forEach(path -> get(http, CSV, path, "text/csv"));
            VaadinUi tab = null;
            for (Targets.Page page : targets.pages()) {
                tab = tab == null ? VaadinUi.open(this, http, page) : tab.navigate(page) ? tab : null;
            }
            if (tab != null) {
                tab.close();
            }
        }
    }

    private HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .connectTimeout(settings.requestTimeout())
                .build();
    }

    private void get(HttpClient http, String kind, String path, String contentType) {
        send(
                http,
                kind,
                HttpRequest.newBuilder(uri(path)).GET(),
                r -> r.statusCode() == 200
                                && r.headers()
                                        .firstValue("Content-Type")
                                        .orElse("")
                                        .startsWith(contentType)
                        ? null
                        : "GET " + path + ": HTTP " + r.statusCode());
    }

    /**
     * Sends one request and records it; {@code check} returns what is wrong with the response, or null.
     * @return the response when it passed its check, else null
     */
    HttpResponse<String> send(
            HttpClient http, String kind, HttpRequest.Builder request, Function<HttpResponse<String>, String> check) {
        return send(http, kind, "", request, check);
    }

    /** As {@link #send(HttpClient, String, HttpRequest.Builder, Function)}, for a request that builds {@code view}. */
    HttpResponse<String> send(
            HttpClient http,
            String kind,
            String view,
            HttpRequest.Builder request,
            Function<HttpResponse<String>, String> check) {
        budget.decrementAndGet();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(settings.requestTimeout()).build(), HttpResponse.BodyHandlers.ofString());
            String error = check.apply(response);
            samples.add(new Sample(
                    kind, view, System.nanoTime() - start, response.body().length(), error));
            return error == null ? response : null;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            samples.add(new Sample(kind, view, System.nanoTime() - start, 0, kind + ": " + e));
            return null;
        }
    }

    /** The node that holds this analyst's session now, from its id's route ({@code ...node1}), or "". */
    String node() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID") && c.getValue().contains("."))
                .map(c -> c.getValue().substring(c.getValue().lastIndexOf('.') + 1))
                .findFirst()
                .orElse("");
    }

    /** The node that held the session the analyst began with ("" with one node). */
    String firstNode() {
        return firstNode;
    }

    URI uri(String pathAndQuery) {
        return settings.base().resolve(pathAndQuery);
    }

    List<Sample> samples() {
        return samples;
    }

    /** Views the server built for this analyst (tabs opened and links followed). */
    int viewsBuilt() {
        return viewsBuilt;
    }
}
