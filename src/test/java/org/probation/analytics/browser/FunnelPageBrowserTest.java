package org.probation.analytics.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunnelPageBrowserTest extends BrowserTest {

    @Test
    void the_funnel_permalink_plots_both_nps_providers_outside_the_90_percent_limits() {
        Page page = open("/funnel?framework=nps-2018&question=2.1.1");

        Locator chart = page.locator("[data-chart=funnel][data-rendered=true]");
        assertThat(chart).isVisible();
        Object series = chart.evaluate("el => echarts.getInstanceByDom(el).getOption().series.map(s => s.data.length)");
        // stated (none), estimated (2), pooled mean, then the lower and upper 90% and 99.8% curves over n = 86..128
        org.assertj.core.api.Assertions.assertThat((List<?>) series).isEqualTo(List.of(0, 2, 2, 43, 43, 43, 43));
        Object symbol = chart.evaluate("el => echarts.getInstanceByDom(el).getOption().series[1].symbol");
        org.assertj.core.api.Assertions.assertThat(symbol).isEqualTo("emptyCircle");
        Locator grid = page.locator("vaadin-grid#funnel-grid");
        assertThat(grid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("Yes (above)"))
                        .first())
                .isVisible();
        assertThat(grid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("≈63"))
                        .first())
                .isVisible();
        assertThat(page.locator("#funnel-caption"))
                .containsText("2 providers plotted for 2.1.1 (all cases), pooled mean 83.2% (178/214)");
        // the development-mode toolbar would cover the chart's corner in the screenshots
        page.addStyleTag(new Page.AddStyleTagOptions()
                .setContent("copilot-main, vaadin-dev-tools { display: none !important; }"));
        Download png = page.waitForDownload(
                () -> page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Download PNG"))
                        .click());
        // named after the view and its state, titled with the question and the caption (issue 14, item 9)
        org.assertj.core.api.Assertions.assertThat(png.suggestedFilename()).isEqualTo("funnel-nps-2018-2.1.1.png");
        page.waitForFunction("() => document.querySelector('[data-chart=funnel]').getAttribute('data-png-title')");
        org.assertj.core.api.Assertions.assertThat(chart.getAttribute("data-png-title"))
                .startsWith("Funnel plot: 2.1.1 ")
                .contains("2 providers plotted for 2.1.1");
        Download csv = page.waitForDownload(() -> page.locator("a.csv-download").click());
        org.assertj.core.api.Assertions.assertThat(csv.suggestedFilename()).isEqualTo("funnel.csv");
        org.assertj.core.api.Assertions.assertThat(read(csv)).contains("nps-midlands-2018", "estimated,115,128,");
        page.locator("vaadin-details-summary", new Page.LocatorOptions().setHasText("Show working"))
                .click();
        assertThat(page.locator("#funnel-working"))
                .containsText("Pooled mean p0 = Σx / Σn = (115 + 63) / (128 + 86) = 178/214 = 83.2%");
        page.setViewportSize(1366, 1900);
        page.locator("h2").first().scrollIntoViewIfNeeded();
        screenshot(page, "funnel");
        chart.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("funnel-chart.png")));
    }

    @Test
    void a_stated_and_an_estimated_count_plot_as_a_filled_and_a_hollow_point() {
        Page page = open("/funnel?framework=pdu-2021&question=2.5.1.a");

        Locator chart = page.locator("[data-chart=funnel][data-rendered=true]");
        assertThat(chart).isVisible();
        Object series = chart.evaluate("el => echarts.getInstanceByDom(el).getOption().series.map(s => s.data.length)");
        // Somerset stated 24/32, Swansea estimated 22/40 (55% of its 40 cases); curves over n = 32..40
        org.assertj.core.api.Assertions.assertThat((List<?>) series).isEqualTo(List.of(1, 1, 2, 9, 9, 9, 9));
        page.addStyleTag(new Page.AddStyleTagOptions()
                .setContent("copilot-main, vaadin-dev-tools { display: none !important; }"));
        chart.screenshot(
                new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("funnel-stated-and-estimated-chart.png")));
    }

    private static String read(Download download) {
        try {
            return Files.readString(download.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
