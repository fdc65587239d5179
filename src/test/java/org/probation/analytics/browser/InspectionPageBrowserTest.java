package org.probation.analytics.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

class InspectionPageBrowserTest extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.probation.analytics.comparison.ComparisonService comparisons;

    @Test
    void an_inspection_permalink_shows_its_ratings_results_and_flags() {
        Page page = open("/inspections/swansea-neath-port-talbot-2022");

        Locator ratings = page.locator("vaadin-grid#ratings-grid");
        assertThat(ratings).isVisible();
        // 2.2 Assessment: published Inadequate, driven by 2.2.3 (seed 002, key-question table)
        assertThat(ratings.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("2.2.3 at"))
                        .first())
                .isVisible();
        // 2.1 Court work, 2.1.1 at 55% (11 of 20): the nearer edge is Inadequate's, 5 points and 2 cases down
        // (Good is 10 points up); points and cases name the same edge (issue 14, item 6)
        assertThat(ratings.locator(
                                "vaadin-grid-cell-content",
                                new Locator.LocatorOptions()
                                        .setHasText("5 pp down to Inadequate; 2 case(s) (stated n)"))
                        .first())
                .isAttached();
        Locator results = page.locator("vaadin-grid#results-grid");
        assertThat(results.locator(
                                "vaadin-grid-cell-content",
                                new Locator.LocatorOptions()
                                        .setHasText("Does assessment focus sufficiently on keeping other people safe?"))
                        .first())
                .isAttached();
        assertThat(page.locator(
                                "vaadin-grid#flags-grid vaadin-grid-cell-content",
                                new Page.LocatorOptions().setHasText("sample_reading"))
                        .first())
                .isAttached();
        // the reading the counts use, above the results: the stated 16 / 24 split swapped (59 of 70 triples fit it)
        assertThat(page.locator("#sample-reading")).isVisible();
        assertThat(page.locator("#sample-reading")).containsText("read as 24 community and 16 licence cases");
        assertThat(page.locator("#sample-reading")).containsText("59 of 70 fit 24/16 swapped");
        Locator chart = page.locator("[data-chart=key-questions][data-rendered=true]");
        assertThat(chart).isVisible();
        int keyQuestions = (int) comparisons.benchmark("swansea-neath-port-talbot-2022", "national", 0.1).stream()
                .filter(r -> r.level().equals("key_question"))
                .count();
        Object series = chart.evaluate("el => echarts.getInstanceByDom(el).getOption().series.map(s => s.data.length)");
        // bars and benchmark markers for every key question; an error bar where the count is known
        org.assertj.core.api.Assertions.assertThat((java.util.List<?>) series).hasSize(3);
        org.assertj.core.api.Assertions.assertThat(((java.util.List<?>) series).get(0))
                .isEqualTo(keyQuestions);
        org.assertj.core.api.Assertions.assertThat(((java.util.List<?>) series).get(2))
                .isEqualTo(keyQuestions);
        screenshot(page, "inspection-swansea");
        chart.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("inspection-swansea-chart.png")));
    }
}
