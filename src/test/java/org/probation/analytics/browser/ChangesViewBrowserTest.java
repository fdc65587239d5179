package org.probation.analytics.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class ChangesViewBrowserTest extends BrowserTest {

    @Test
    void the_significant_changes_from_a_permalink_with_their_chart() {
        Page page = open("/changes?alpha=0.1&sort=p");

        Locator chart = page.locator("[data-chart=significant-changes][data-rendered=true]");
        assertThat(chart).isVisible();
        // four changes from South West NPS 2021 to Somerset PDU 2023, each a dot with its interval
        Assertions.assertThat(CompareViewBrowserTest.points(chart))
                .containsExactly(
                        "★ Rise, significant at p < 0.1: 0",
                        "★ Fall, significant at p < 0.1: 4",
                        "◐ Depends on the reading: 0",
                        "90% Newcombe interval: 4");
        assertThat(CompareViewBrowserTest.cell(page, "changes-grid", "2.1.3 → 2.2.3"))
                .isVisible();
        assertThat(CompareViewBrowserTest.cell(page, "changes-grid", "nps-south-west-2021 → somerset-2023"))
                .isVisible();
        assertThat(CompareViewBrowserTest.cell(page, "changes-grid", "−33.0")).isVisible();
        assertThat(page.locator("#changes-empty")).isHidden();
        CompareViewBrowserTest.cell(page, "changes-grid", "2.1.3 → 2.2.3").click();
        assertThat(page.locator("#changes-r")).containsText("x <- c(55, 13); n <- c(86, 42)");
        CompareViewBrowserTest.capture(page, "changes");
        chart.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("changes-chart.png")));
    }

    @Test
    void a_strict_alpha_shows_why_nothing_is_significant_and_still_renders() {
        Page page = open("/changes?alpha=0.0001");

        Locator chart = page.locator("[data-chart=significant-changes][data-rendered=true]");
        assertThat(chart).isVisible();
        assertThat(page.locator("#changes-empty")).containsText("No significant change at α = 0.0001");
        Assertions.assertThat(CompareViewBrowserTest.points(chart))
                .containsExactly(
                        "★ Rise, significant at p < 0.0001: 0",
                        "★ Fall, significant at p < 0.0001: 0",
                        "◐ Depends on the reading: 0",
                        "90% Newcombe interval: 0");
        CompareViewBrowserTest.capture(page, "changes-empty");
    }
}
