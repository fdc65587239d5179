package org.probation.analytics.load;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab on the app, replayed request by request as Vaadin 25's client makes them: the
 * bootstrap page (GET of the route) and the init request that creates the UI ({@code ?v-r=init}),
 * then, within that UI, a {@code ui-navigate} event per link the analyst follows (the server builds
 * the view: its queries run, its components and chart data come back as UIDL, checked for the
 * view's title), and the unload beacon a browser sends when the tab closes or leaves the app (the
 * server closes the UI). The client's message counter and the server's sync id are carried from
 * one message to the next as the real client does. Not replayed: the grid's lazy row fetches,
 * heartbeats and a person's clicks inside a view.
 */
final class VaadinUi {

    /** The request kinds, as the figures name them. */
    static final String BOOTSTRAP = "bootstrap", INIT = "vaadin-init", NAVIGATION = "navigation", UNLOAD = "unload";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");

    private final LoadSession session;
    private final HttpClient http;
    private int uiId;
    private String csrf;
    private int syncId;
    private int clientId;
    private int historyIndex;

    private VaadinUi(LoadSession session, HttpClient http) {
        this.session = session;
        this.http = http;
    }

    /**
     * A tab opened on {@code page} (a bookmark or a typed address): bootstrap, init and the
     * navigation that builds the view.
     * @return the open UI, or null when a step failed (the failure is recorded)
     */
    static VaadinUi open(LoadSession session, HttpClient http, Targets.Page page) {
        String url = "/" + page.route() + (page.query().isEmpty() ? "" : "?" + page.query());
        if (session.send(
                        http,
                        BOOTSTRAP,
                        HttpRequest.newBuilder(session.uri(url))
                                .header("Accept", "text/html")
                                .GET(),
                        r -> r.statusCode() == 200 && r.body().contains("window.Vaadin")
                                ? null
                                : "GET " + url + ": HTTP " + r.statusCode() + ", no Vaadin bootstrap")
                == null) {
            return null;
        }
        HttpResponse<String> init = session.send(
                http,
                INIT,
                HttpRequest.newBuilder(session.uri(
                                "/?v-r=init&location=" + encode(page.route()) + "&query=" + encode(page.query())))
                        .GET(),
                r -> r.statusCode() == 200 && r.body().contains("\"Vaadin-Security-Key\"")
                        ? null
                        : "init " + url + ": HTTP " + r.statusCode() + ", no UI");
        if (init == null) {
            return null;
        }
        JsonNode config = JSON.readTree(init.body()).get("appConfig");
        VaadinUi ui = new VaadinUi(session, http);
        ui.uiId = config.get("v-uiId").asInt();
        ui.csrf = config.get("uidl").get("Vaadin-Security-Key").asString();
        return ui.navigate(page) ? ui : null;
    }

    /** Follows a link to {@code page} inside this UI (the router's navigation, no page load). */
    boolean navigate(Targets.Page page) {
        ObjectNode navigate =
                JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        navigate.putObject("data")
                .put("route", page.route())
                .put("query", page.query())
                .put("appShellTitle", "")
                .put("trigger", "")
                .putObject("historyState")
                .put("idx", historyIndex++);
        String url = "/" + page.route() + (page.query().isEmpty() ? "" : "?" + page.query());
        HttpResponse<String> view = session.send(
                http,
                NAVIGATION,
                view(page),
                uidl(navigate, false),
                r -> r.statusCode() == 200
                                && r.body().contains("[\"" + page.title() + "\",\"if(window.Vaadin.Flow.navigation)")
                                && !r.body().contains("\"appError\"")
                                && !r.body().contains("Could not navigate")
                                && !r.body().contains("\"sessionExpired\"")
                        ? null
                        : "navigate " + url + ": HTTP " + r.statusCode() + ", view '" + page.title() + "' not rendered"
                                + expired(r));
        return view != null && synced(view);
    }

    /** The kind of view a page is, for the figures: its route with ids left out, and Compare's mode. */
    static String view(Targets.Page page) {
        String route = page.route().isEmpty() ? "inspections" : page.route().replaceAll("/.*", "/{id}");
        Matcher mode = Pattern.compile("(?:^|&)mode=([a-z]+)").matcher(page.query());
        return route + (mode.find() ? "?mode=" + mode.group(1) : "");
    }

    /** The tab closes or leaves the app: the browser's unload beacon, after which the server closes the UI. */
    void close() {
        session.send(
                http, UNLOAD, uidl(null, true), r -> r.statusCode() == 200 ? null : "unload: HTTP " + r.statusCode());
    }

    private boolean synced(HttpResponse<String> response) {
        Matcher m = SYNC_ID.matcher(response.body());
        if (!m.find()) {
            return false;
        }
        syncId = Integer.parseInt(m.group(1));
        return true;
    }

    private HttpRequest.Builder uidl(ObjectNode rpc, boolean unload) {
        ObjectNode body = JSON.createObjectNode()
                .put("csrfToken", csrf)
                .put("syncId", syncId)
                .put("clientId", clientId++);
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

    private static String expired(HttpResponse<String> r) {
        return r.body().contains("\"sessionExpired\"") ? " (session expired)" : "";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
