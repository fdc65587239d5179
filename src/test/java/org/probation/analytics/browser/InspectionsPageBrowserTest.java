package org.probation.analytics.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

class InspectionsPageBrowserTest extends BrowserTest {

    @Test
    void the_dashboard_opens_on_the_inspections_grid_with_the_loaded_inspections() {
        Page page = open("/");

        Locator grid = page.locator("vaadin-grid#inspections-grid");
        assertThat(grid).isVisible();
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Inspections")))
                .isVisible();
        assertThat(grid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("Somerset"))
                        .first())
                .isVisible();
        assertThat(grid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("8/27"))
                        .first())
                .isVisible();
        screenshot(page, "inspections");
    }
}
