package org.probation.analytics.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.probation.analytics.base.export.About;
import org.probation.analytics.base.export.AnalysisPack;
import org.probation.analytics.base.export.Provenance;

/**
 * "Download analysis pack": asks the browser for each chart's PNG, then makes the view's pack (its
 * tables, workbook, charts, working and methodology) on the server and downloads it as one zip. A
 * state that cannot be packed is said in words beside the button, and nothing is downloaded.
 */
public class PackDownload extends HorizontalLayout {

    /** A chart of the view, the name of its PNG in the pack and the title drawn above it. */
    public record Chart(EChart chart, String file, String title) {}

    /**
     * What the view packs in its current state.
     *
     * @param name the pack's name: the view and its state, as its CSV's file name encodes it
     * @param detail which figures these are, in words (for the README and the About sheet)
     * @param contents adds the view's tables and texts to the pack
     */
    public record Contents(String name, String detail, List<Chart> charts, Consumer<AnalysisPack> contents) {}

    private final Supplier<Contents> view;
    private final Button button = new Button("Download analysis pack");
    private final Anchor link = new Anchor();
    private final Span problem = new Span();

    /** @param view the view's contents now; throws {@link AnalysisPack.Refused} when its state cannot be packed */
    public PackDownload(Supplier<Contents> view) {
        this.view = view;
        button.addClassName("pack-download");
        button.addClickListener(e -> start());
        link.getElement().setAttribute("download", true);
        link.addClassName("pack-link");
        // kept in the page (not setVisible(false), which would stop its address reaching the browser)
        link.getStyle().set("display", "none");
        problem.addClassName("pack-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        setPadding(false);
        setWidth(null);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(button, link, problem);
    }

    /** Why the last pack was refused, or "" when it was made. */
    public String problem() {
        return problem.isVisible() ? problem.getText() : "";
    }

    private void start() {
        problem.setVisible(false);
        Contents contents;
        About about;
        try {
            contents = view.get();
            about = about(contents);
        } catch (AnalysisPack.Refused e) {
            refuse(e.getMessage());
            return;
        }
        button.setEnabled(false);
        Map<String, byte[]> pngs = new HashMap<>();
        List<Chart> charts = contents.charts();
        if (charts.isEmpty()) {
            finish(contents, about, pngs);
        }
        for (Chart chart : charts) {
            chart.chart().png(chart.title(), png -> {
                pngs.put(chart.file(), png);
                if (pngs.size() == charts.size()) {
                    finish(contents, about, pngs);
                }
            });
        }
    }

    private void finish(Contents contents, About about, Map<String, byte[]> pngs) {
        button.setEnabled(true);
        try {
            AnalysisPack pack = pack(contents, about, pngs);
            byte[] zip = pack.zip();
            link.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(zip), pack.fileName(), "application/zip", zip.length)));
            link.getElement().executeJs("this.click()");
        } catch (AnalysisPack.Refused e) {
            refuse(e.getMessage());
        }
    }

    /** The pack of the view as it is now with these chart pictures (a chart missing from them is listed as not drawn). */
    public byte[] zip(Map<String, byte[]> pngs) {
        Contents contents = view.get();
        return pack(contents, about(contents), pngs).zip();
    }

    private static AnalysisPack pack(Contents contents, About about, Map<String, byte[]> pngs) {
        AnalysisPack pack = new AnalysisPack(contents.name(), about);
        contents.contents().accept(pack);
        for (Chart chart : contents.charts()) {
            pack.chart(
                    chart.file(),
                    "the chart \"" + chart.title().lines().findFirst().orElse(chart.file()) + "\"",
                    pngs.get(chart.file()));
        }
        return pack;
    }

    private About about(Contents contents) {
        UI ui = getUI().orElseThrow(() -> new AnalysisPack.Refused("the view is not open"));
        return Instantiator.get(ui)
                .getOrCreate(Provenance.class)
                .about(contents.name(), contents.detail(), Permalink.of(ui, VaadinRequest.getCurrent()));
    }

    private void refuse(String reason) {
        String text = "Cannot make the analysis pack: " + reason + ".";
        problem.setText(text);
        problem.setVisible(true);
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
