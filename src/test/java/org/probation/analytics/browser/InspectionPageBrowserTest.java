package org.probation.analytics.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

class InspectionPageBrowserTest extends BrowserTest {

    @Test
    void an_inspection_permalink_shows_its_ratings_results_and_flags() {
        Page page = open("/inspections/swansea-neath-port-talbot-2022");

        Locator ratings = page.locator("vaadin-grid#ratings-grid");
        assertThat(ratings).isVisible();
        // 2.2 Assessment: published Inadequate, driven by 2.2.3 (seed 002, key-question table)
        assertThat(ratings.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("2.2.3 at")).first())
                .isVisible();
        Locator results = page.locator("vaadin-grid#results-grid");
        assertThat(results.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("Does assessment focus sufficiently on keeping other people safe?")).first())
                .isAttached();
        assertThat(page.locator("vaadin-grid#flags-grid vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText("split_contradicted")).first()).isAttached();
        screenshot(page, "inspection-swansea");
    }
}
