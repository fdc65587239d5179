package org.probation.analytics.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverviewPageBrowserTest extends BrowserTest {

    @Test
    void the_overview_permalink_shows_the_heatmap_of_the_pdu_round_with_its_table() {
        Page page = open("/overview?framework=pdu-2021");

        Locator chart = page.locator("[data-chart=overview-ratings][data-rendered=true]");
        assertThat(chart).isVisible();
        Object series = chart.evaluate("el => echarts.getInstanceByDom(el).getOption().series.map(s => s.data.length)");
        // one heatmap series: Somerset 2023 and Swansea Neath Port Talbot 2022 by the 9 rated standards
        org.assertj.core.api.Assertions.assertThat((List<?>) series).isEqualTo(List.of(18));
        Object rows = chart.evaluate("el => echarts.getInstanceByDom(el).getOption().yAxis[0].data");
        org.assertj.core.api.Assertions.assertThat((List<?>) rows)
                .isEqualTo(List.of("Somerset 2023", "Swansea Neath Port Talbot 2022"));
        Locator grid = page.locator("vaadin-grid#overview-grid");
        assertThat(grid.locator(
                                "vaadin-grid-cell-content",
                                new Locator.LocatorOptions().setHasText("Swansea Neath Port Talbot"))
                        .first())
                .isVisible();
        assertThat(grid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("8/27"))
                        .first())
                .isVisible();
        assertThat(page.locator("#overview-caption")).containsText("2 inspections of the PDU round");
        // the development-mode toolbar would cover the chart's corner in the screenshots
        page.addStyleTag(new Page.AddStyleTagOptions()
                .setContent("copilot-main, vaadin-dev-tools { display: none !important; }"));
        Download png = page.waitForDownload(
                () -> page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Download PNG"))
                        .click());
        org.assertj.core.api.Assertions.assertThat(png.suggestedFilename()).isEqualTo("overview-ratings-pdu-2021.png");
        Download csv = page.waitForDownload(() -> page.locator("a.csv-download").click());
        org.assertj.core.api.Assertions.assertThat(csv.suggestedFilename()).isEqualTo("published-ratings.csv");
        // the working panel open, and a window tall enough to show the whole view in one page screenshot
        page.locator("vaadin-details-summary", new Page.LocatorOptions().setHasText("Show working"))
                .click();
        assertThat(page.locator("#overview-working")).containsText("Paul Tol's colour-blind-safe");
        page.setViewportSize(1366, 1500);
        page.locator("h2").first().scrollIntoViewIfNeeded();
        screenshot(page, "overview");
        chart.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("overview-chart.png")));
    }

    @Test
    void a_region_permalink_narrows_the_heatmap_to_the_region() {
        Page page = open("/overview?framework=pdu-2021&region=wales&type=pdu");

        Locator chart = page.locator("[data-chart=overview-ratings][data-rendered=true]");
        assertThat(chart).isVisible();
        Object series = chart.evaluate("el => echarts.getInstanceByDom(el).getOption().series.map(s => s.data.length)");
        org.assertj.core.api.Assertions.assertThat((List<?>) series).isEqualTo(List.of(9));
        assertThat(page.locator("vaadin-select#overview-region")).containsText("Wales");
    }

    @Test
    void the_nps_round_permalink_shows_its_ten_standards_with_outstanding_in_words() {
        Page page = open("/overview?framework=nps-2018");

        Locator chart = page.locator("[data-chart=overview-ratings][data-rendered=true]");
        assertThat(chart).isVisible();
        Object columns = chart.evaluate("el => echarts.getInstanceByDom(el).getOption().xAxis[0].data.length");
        org.assertj.core.api.Assertions.assertThat(columns).isEqualTo(10);
        // NPS Midlands 2018 2.1, 2.2, 3.1 (seed 001 lines 183, 184, 190) and South West 2021 3.2 (seed 000 line 167)
        Object outstanding = chart.evaluate("el => echarts.getInstanceByDom(el).getOption().series[0].data"
                + ".filter(d => d.label.formatter === 'Outstanding').length");
        org.assertj.core.api.Assertions.assertThat(outstanding).isEqualTo(4);
        page.addStyleTag(new Page.AddStyleTagOptions()
                .setContent("copilot-main, vaadin-dev-tools { display: none !important; }"));
        chart.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("overview-nps-chart.png")));
    }
}
