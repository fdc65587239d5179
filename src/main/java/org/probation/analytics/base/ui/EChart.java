package org.probation.analytics.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * An ECharts chart (from its WebJar, no frontend build). The option is built in Java as maps
 * and lists; custom series name their render function ({@code "errorBar"}) since JSON carries no
 * functions. Fires {@link ChartClickEvent} when a data item is clicked; {@link #downloadPng()}
 * saves the chart as a PNG. A chart always has a table after it in the views that use it, named
 * by {@link #tableAlternative}.
 */
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
@JavaScript("context://echart-support.js")
public class EChart extends Div {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final String description;
    private String option = "{}";

    /** @param name used for the PNG file name and the chart's accessible label */
    public EChart(String name, String description) {
        this.name = name;
        this.description = description;
        setWidthFull();
        setHeight("420px");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", description);
        getElement().setAttribute("data-chart", name);
        addAttachListener(e -> render());
        getElement()
                .addEventListener(
                        "chart-click",
                        e -> fireEvent(new ChartClickEvent(
                                this,
                                e.getEventData().path("event.detail.name").asString(""),
                                e.getEventData().path("event.detail.seriesName").asString(""),
                                e.getEventData().path("event.detail.id").asString(""))))
                .addEventData("event.detail.name")
                .addEventData("event.detail.seriesName")
                .addEventData("event.detail.id");
    }

    /**
     * The table that holds the chart's figures, its alternative for those who cannot see the
     * chart: named by {@code aria-details} and in the chart's accessible label. The table must
     * have an id and come after the chart.
     */
    public EChart tableAlternative(Component table) {
        String id = table.getId()
                .orElseThrow(() -> new IllegalArgumentException("a chart's table alternative needs an id"));
        getElement().setAttribute("aria-details", id);
        getElement().setAttribute("aria-label", description + ". Its figures are in the table that follows.");
        return this;
    }

    public void setOption(Map<String, Object> option) {
        this.option = JSON.writeValueAsString(option);
        render();
    }

    /** A figure as a chart's tooltip shows it: to one decimal (issue 14, item 6). */
    public static double tenth(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** The option as sent to the browser (JSON), for tests and the "show working" panels. */
    public String option() {
        return option;
    }

    public void downloadPng() {
        getElement().executeJs("window.probationCharts.png(this, $0, null)", name);
    }

    /**
     * Saves the chart as {@code fileName}.png with {@code title} drawn above it (lines separated by
     * newlines: what is shown, the comparison, α, the data's date).
     */
    public void downloadPng(String fileName, String title) {
        getElement().executeJs("window.probationCharts.png(this, $0, $1)", fileName, title);
    }

    /** The chart's name (its {@code data-chart} attribute, its PNG's file name by default). */
    public String name() {
        return name;
    }

    /**
     * Asks the browser for the chart as PNG bytes, titled as {@link #downloadPng(String, String)} titles
     * it; {@code done} gets them, or null when the chart is not drawn (hidden, not rendered) or fails.
     */
    public void png(String title, SerializableConsumer<byte[]> done) {
        getElement()
                .executeJs("return window.probationCharts.dataUrl(this, $0)", title)
                .then(String.class, url -> done.accept(decodeDataUrl(url)), error -> done.accept(null));
    }

    /** The bytes of a {@code data:image/png;base64,...} URL, or null for anything else. */
    static byte[] decodeDataUrl(String url) {
        String prefix = "data:image/png;base64,";
        if (url == null || !url.startsWith(prefix)) {
            return null;
        }
        try {
            return java.util.Base64.getDecoder().decode(url.substring(prefix.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A file name made of a view's state: lower case, one hyphen between words, nothing a file system refuses. */
    public static String fileName(String... parts) {
        return String.join(
                        "-",
                        java.util.Arrays.stream(parts)
                                .filter(p -> p != null && !p.isBlank())
                                .toList())
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9.]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }

    private void render() {
        if (isAttached()) {
            getElement().executeJs("window.probationCharts.render(this, $0)", option);
        }
    }

    /** A click on a data item: its category name, series and the id put on the item, if any. */
    public static class ChartClickEvent extends ComponentEvent<EChart> {
        private final String name;
        private final String seriesName;
        private final String itemId;

        public ChartClickEvent(EChart source, String name, String seriesName, String itemId) {
            super(source, true);
            this.name = name;
            this.seriesName = seriesName;
            this.itemId = itemId;
        }

        public String name() {
            return name;
        }

        public String seriesName() {
            return seriesName;
        }

        public String itemId() {
            return itemId;
        }
    }
}
