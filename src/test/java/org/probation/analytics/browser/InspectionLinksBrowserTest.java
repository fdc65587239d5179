package org.probation.analytics.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The inspection page leads to the views that explain it, with the inspection filled in (issue 14, item 7). */
class InspectionLinksBrowserTest extends BrowserTest {

    @Test
    void an_inspection_links_to_its_changes_benchmarks_sub_samples_and_a_questions_funnel() {
        Page page = open("/inspections/somerset-2023");

        // Somerset's area was covered by NPS South West before it (datasets/provider-succession.csv)
        Locator changes = page.locator("#link-changes");
        assertThat(changes)
                .hasText(
                        "Changes since South West National Probation Service (fieldwork Feb 2021, published Jul 2021)");
        assertThat(page.locator("#link-national"))
                .hasAttribute("href", "compare?mode=benchmark&inspection=somerset-2023&against=national");
        assertThat(page.locator("#link-national")).hasText("Against all other providers (1)");
        // Somerset is the only inspected PDU of the South West: said, not a link to an empty comparison
        assertThat(page.locator("#link-region")).hasText("Against its region: no other inspected provider");
        assertThat(page.locator("a#link-region")).hasCount(0);
        assertThat(page.locator("#link-subsamples")).hasAttribute("href", "subsamples?inspection=somerset-2023");

        changes.click();
        page.waitForURL(url -> url.contains("/compare")
                && url.contains("before=nps-south-west-2021")
                && url.contains("after=somerset-2023"));
        assertThat(page.locator("[data-chart=compare-differences][data-rendered=true]"))
                .isVisible();
        assertThat(CompareViewBrowserTest.cell(page, "compare-grid", "2.1.3 → 2.2.3"))
                .isVisible();

        Page again = open("/inspections/somerset-2023");
        assertThat(again.locator("#link-funnel")).isHidden();
        again.locator(
                        "vaadin-grid#results-grid vaadin-grid-cell-content",
                        new Page.LocatorOptions()
                                .setHasText("Does assessment focus sufficiently on keeping other people safe?"))
                .first()
                .click();
        assertThat(again.locator("#link-funnel")).isVisible();
        again.locator("#link-funnel").click();
        again.waitForURL(
                url -> url.contains("/funnel") && url.contains("framework=pdu-2021") && url.contains("question=2.2.3"));
        assertThat(again.locator("[data-chart=funnel][data-rendered=true]")).isVisible();
    }
}
