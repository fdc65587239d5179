package org.probation.analytics.load;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A browser's full page load of a Vaadin route, replayed request by request as Vaadin 25's
 * client makes them: the bootstrap page (GET of the route), the init request that creates the UI
 * ({@code ?v-r=init}), the {@code ui-navigate} event by which the server builds the view (its
 * queries run, its components and chart data come back as UIDL, checked for the view's title),
 * and the unload beacon a browser sends when it leaves the page (the server closes the UI). Not
 * replayed: the grid's lazy row fetches and a person's clicks.
 */
final class PageVisit {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PageVisit() {}

    static void run(LoadSession session, HttpClient http, Targets.Page page) {
        String url = "/" + page.route() + (page.query().isEmpty() ? "" : "?" + page.query());
        if (session.send(
                        http,
                        "page",
                        HttpRequest.newBuilder(session.uri(url))
                                .header("Accept", "text/html")
                                .GET(),
                        r -> r.statusCode() == 200 && r.body().contains("window.Vaadin")
                                ? null
                                : "GET " + url + ": HTTP " + r.statusCode() + ", no Vaadin bootstrap")
                == null) {
            return;
        }
        HttpResponse<String> init = session.send(
                http,
                "vaadin-init",
                HttpRequest.newBuilder(session.uri(
                                "/?v-r=init&location=" + encode(page.route()) + "&query=" + encode(page.query())))
                        .GET(),
                r -> r.statusCode() == 200 && r.body().contains("\"Vaadin-Security-Key\"")
                        ? null
                        : "init " + url + ": HTTP " + r.statusCode() + ", no UI");
        if (init == null) {
            return;
        }
        JsonNode config = JSON.readTree(init.body()).get("appConfig");
        int uiId = config.get("v-uiId").asInt();
        String csrf = config.get("uidl").get("Vaadin-Security-Key").asString();
        ObjectNode navigate =
                JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        navigate.putObject("data")
                .put("route", page.route())
                .put("query", page.query())
                .put("appShellTitle", "")
                .put("trigger", "")
                .putObject("historyState")
                .put("idx", 0);
        HttpResponse<String> view = session.send(
                http,
                "vaadin-navigate",
                uidl(session, uiId, csrf, 0, 0, navigate, false),
                r -> r.statusCode() == 200
                                && r.body().contains("[\"" + page.title() + "\",\"if(window.Vaadin.Flow.navigation)")
                                && !r.body().contains("\"appError\"")
                                && !r.body().contains("Could not navigate")
                        ? null
                        : "navigate " + url + ": HTTP " + r.statusCode() + ", view '" + page.title()
                                + "' not rendered");
        if (view == null) {
            return;
        }
        int syncId = JSON.readTree(view.body()).get("syncId").asInt();
        session.send(
                http,
                "vaadin-unload",
                uidl(session, uiId, csrf, syncId, 1, null, true),
                r -> r.statusCode() == 200 ? null : "unload " + url + ": HTTP " + r.statusCode());
    }

    private static HttpRequest.Builder uidl(
            LoadSession session, int uiId, String csrf, int syncId, int clientId, ObjectNode rpc, boolean unload) {
        ObjectNode body = JSON.createObjectNode()
                .put("csrfToken", csrf)
                .put("syncId", syncId)
                .put("clientId", clientId);
        var invocations = body.putArray("rpc");
        if (rpc != null) {
            invocations.add(rpc);
        }
        if (unload) {
            body.put("UNLOAD", true);
        }
        return HttpRequest.newBuilder(session.uri("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
