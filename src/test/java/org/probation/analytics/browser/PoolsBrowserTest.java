package org.probation.analytics.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Who is in a pool, small and empty pools (issue 14, item 3), and Compare carrying on from the
 * inspection last looked at (item 7), in a real browser at 1366 pixels.
 */
class PoolsBrowserTest extends BrowserTest {

    @Test
    void a_benchmark_names_its_pool_and_warns_when_it_is_small() {
        Page page = open("/compare?mode=benchmark&inspection=swansea-neath-port-talbot-2022&against=national");

        assertThat(page.locator("#compare-pool")).isVisible();
        assertThat(page.locator("#compare-pool"))
                .containsText("B = all other providers of the framework: pooled from 1 provider: Somerset.");
        assertThat(page.locator("#compare-pool")).containsText("⚠ Small pool: fewer than 5 providers");
        assertThat(page.locator("[data-chart=compare-differences][data-rendered=true]"))
                .isVisible();
        screenshot(page, "pools-small");
    }

    @Test
    void an_empty_pool_is_one_empty_state_without_a_blank_chart_or_a_table_of_unknowns() {
        Page page = open("/compare?mode=benchmark&inspection=swansea-neath-port-talbot-2022&against=region");

        assertThat(page.locator("#compare-empty")).isVisible();
        assertThat(page.locator("#compare-empty")).containsText("nothing to compare with: Swansea");
        assertThat(page.locator("vaadin-grid#compare-grid")).isHidden();
        assertThat(page.locator("[data-chart=compare-differences]")).isHidden();
        Assertions.assertThat(page.locator("text=count unknown on side B").count())
                .isZero();
        screenshot(page, "pools-empty");
    }

    @Test
    void choosing_the_comparator_marker_keeps_the_key_questions_charted() {
        // Somerset's report prints no comparator: the page says so and still charts its key questions
        Page page = open("/inspections/somerset-2023?benchmark=comparator");

        assertThat(page.locator("#benchmark-note"))
                .containsText("No benchmark marker: nothing to compare with: the report of Somerset");
        assertThat(page.locator("[data-chart=key-questions][data-rendered=true]"))
                .isVisible();
        Number bars = (Number) page.locator("[data-chart=key-questions]")
                .evaluate("el => echarts.getInstanceByDom(el).getOption().series[0].data.length");
        Assertions.assertThat(bars.intValue()).as("key questions charted").isPositive();
        screenshot(page, "pools-no-comparator");
    }

    @Test
    void compare_from_the_menu_carries_on_from_the_inspection_looked_at() {
        Page page = open("/inspections/swansea-neath-port-talbot-2022");
        assertThat(page.locator("vaadin-app-layout h2").first()).isVisible();

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Compare"))
                .first()
                .click();

        page.waitForURL(url -> url.contains("mode=benchmark")
                && url.contains("inspection=swansea-neath-port-talbot-2022")
                && url.contains("against=national"));
        assertThat(page.locator("#compare-pool")).containsText("pooled from 1 provider: Somerset");
    }
}
