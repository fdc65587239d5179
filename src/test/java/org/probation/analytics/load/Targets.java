package org.probation.analytics.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the simulated users request, found from the data the app serves (so that it fits the
 * bundled datasets or a synthetic national one): every API endpoint and Vaadin view, for every
 * inspection, pairs of successive inspections, and regions of a framework.
 */
record Targets(List<String> api, List<String> csv, List<Page> pages) {

    /** A Vaadin route, its query, and the title its view sets (the check that the view was built). */
    record Page(String route, String query, String title) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CALCULATION = "x1=11&n1=20&x2=59&n2=85";

    static Targets discover(URI base) {
        List<String> api = new ArrayList<>(List.of(
                "/api/inspections",
                "/api/providers",
                "/api/changes?alpha=0.1",
                "/api/data-quality",
                "/api/stats/two-proportions?" + CALCULATION));
        List<Page> pages = new ArrayList<>(List.of(
                new Page("", "", "Inspections"),
                new Page("changes", "alpha=0.1", "Significant changes"),
                new Page("calculator", CALCULATION, "Significance calculator"),
                new Page("methodology", "", "Methodology"),
                new Page("funnel", "", "Funnel plot")));
        try (HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            List<JsonNode> inspections = StreamSupport.stream(
                            get(http, base, "/api/inspections").spliterator(), false)
                    .sorted(Comparator.comparing(i -> i.get("fieldworkStart").asString()))
                    .toList();
            Map<String, Set<String>> regionsByFramework = new TreeMap<>();
            for (JsonNode inspection : inspections) {
                String id = inspection.get("id").asString();
                for (String path : List.of("/results", "/ratings", "/overall")) {
                    api.add("/api/inspections/" + id + path);
                }
                api.add("/api/data-quality?inspection=" + id);
                api.add("/api/compare/benchmark?inspection=" + id + "&against=national");
                pages.add(new Page("inspections/" + id, "", "Inspection"));
                pages.add(new Page("subsamples", "inspection=" + id, "Sub-samples"));
                pages.add(new Page("compare", "mode=benchmark&inspection=" + id + "&against=national", "Compare"));
                List<String> subsamples = subsamples(get(http, base, "/api/inspections/" + id + "/results"));
                if (subsamples.size() >= 2) {
                    api.add("/api/compare/subsamples?inspection=" + id + "&a=" + subsamples.get(0) + "&b="
                            + subsamples.get(1));
                }
                JsonNode region = inspection.get("region");
                if (region != null && !region.isNull()) {
                    regionsByFramework
                            .computeIfAbsent(inspection.get("framework").asString(), f -> new TreeSet<>())
                            .add(slug(region.asString()));
                }
            }
            for (int i = 1; i < inspections.size(); i++) {
                String pair = "before=" + inspections.get(i - 1).get("id").asString() + "&after="
                        + inspections.get(i).get("id").asString();
                api.add("/api/compare/inspections?" + pair);
                pages.add(new Page("compare", "mode=inspections&" + pair, "Compare"));
            }
            regionsByFramework.forEach((framework, regions) -> {
                pages.add(new Page("overview", "framework=" + framework, "Overview"));
                pages.add(new Page("funnel", "framework=" + framework, "Funnel plot"));
                if (regions.size() >= 2) {
                    List<String> two = regions.stream().limit(2).toList();
                    String query = "framework=" + framework + "&a=" + two.get(0) + "&b=" + two.get(1);
                    api.add("/api/compare/regions?" + query);
                    pages.add(new Page("compare", "mode=regions&" + query, "Compare"));
                }
            });
        }
        // every endpoint that answers ?format=csv, as an analyst's download
        List<String> csv = api.stream()
                .filter(path -> path.matches("/api/(inspections|providers|data-quality|changes|compare/).*")
                        && !path.endsWith("/overall"))
                .map(path -> path + (path.contains("?") ? "&" : "?") + "format=csv")
                .toList();
        return new Targets(List.copyOf(api), csv, List.copyOf(pages));
    }

    String randomCsv(Random random) {
        return csv.get(random.nextInt(csv.size()));
    }

    /** At most {@code n} of each kind, spread evenly over each list: a warm-up that touches every kind of target. */
    Targets spread(int n) {
        return new Targets(spread(api, n), spread(csv, n), spread(pages, n));
    }

    private static <T> List<T> spread(List<T> all, int n) {
        if (all.size() <= n) {
            return all;
        }
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> all.get((int) ((long) i * all.size() / n)))
                .toList();
    }

    String randomApi(Random random) {
        return api.get(random.nextInt(api.size()));
    }

    Page randomPage(Random random) {
        return pages.get(random.nextInt(pages.size()));
    }

    /** The sub-samples an inspection publishes besides all cases, in order of first appearance. */
    private static List<String> subsamples(JsonNode results) {
        Set<String> found = new LinkedHashSet<>();
        results.forEach(r -> found.add(r.get("subsample").asString()));
        found.remove("all");
        return List.copyOf(found);
    }

    /** A region's id as the loader makes it from its name (sql/100_load_staging.sql, macro slug). */
    private static String slug(String name) {
        return name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static JsonNode get(HttpClient http, URI base, String path) {
        try {
            HttpResponse<String> response =
                    http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + ": HTTP " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
