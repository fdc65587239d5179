package org.probation.analytics.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Each comparison view opens with a one-line headline before the detail, and its PNG is named after
 * the view and its state and titled with the comparison, α and the data's date (issue 14, item 9).
 */
class HeadlinesBrowserTest extends BrowserTest {

    @Test
    void compare_opens_with_its_headline_and_its_png_says_what_it_shows() {
        Page page = open("/compare?mode=inspections&before=nps-south-west-2021&after=somerset-2023");
        Locator chart = page.locator("[data-chart=compare-differences][data-rendered=true]");
        assertThat(chart).isVisible();

        // four significant changes from South West NPS 2021 to Somerset 2023, all falls
        assertThat(page.locator("#compare-headline"))
                .hasText(
                        java.util.regex.Pattern.compile(
                                "^Significant \\(p < 0\\.1, under every consistent count\\): 0 rises and 4 falls; .*\\. 12 of 13 questions tested\\.$"));
        Download png = page.waitForDownload(
                () -> page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Download chart PNG"))
                        .click());
        Assertions.assertThat(png.suggestedFilename())
                .isEqualTo("compare-inspections-nps-south-west-2021-to-somerset-2023-alpha-0.1.png");
        page.waitForFunction(
                "() => document.querySelector('[data-chart=compare-differences]').getAttribute('data-png-title')");
        Assertions.assertThat(chart.getAttribute("data-png-title"))
                .contains(
                        "Compare: South West National Probation Service (fieldwork Feb 2021, published Jul 2021) → Somerset (fieldwork Jun 2023, published Jul 2023) (after − before)",
                        "Significant: p < 0.1",
                        "Data: 4 inspections, published to ");
        Download csv = page.waitForDownload(
                () -> page.locator("a.csv-download").first().click());
        Assertions.assertThat(csv.suggestedFilename())
                .isEqualTo("compare-inspections-nps-south-west-2021-to-somerset-2023-alpha-0.1.csv");
    }

    @Test
    void changes_and_sub_samples_open_with_their_headlines() {
        Page changes = open("/changes?alpha=0.1");
        assertThat(changes.locator("#changes-headline"))
                .hasText(
                        java.util.regex.Pattern.compile(
                                "^Significant changes \\(p < 0\\.1, under every consistent count\\): 0 rises and 4 falls.*pair\\(s\\)\\.$"));

        Page subsamples = open("/subsamples?inspection=swansea-neath-port-talbot-2022&a=community&b=licence");
        assertThat(subsamples.locator("#subsamples-headline"))
                .hasText(java.util.regex.Pattern.compile(
                        "^Community sentences − Post-release \\(licence\\): Significant \\(p < 0\\.1, under every consistent count\\): "
                                + "0 with Community sentences higher and \\d+ lower.*"));
        // the contrast's columns name the sub-samples, not their codes
        assertThat(subsamples
                        .locator(
                                "vaadin-grid#contrast-grid vaadin-grid-cell-content",
                                new Page.LocatorOptions().setHasText("A: Community sentences"))
                        .first())
                .isAttached();
    }

    @Test
    void the_inspection_page_gives_a_legend_for_its_markers() {
        Page page = open("/inspections/swansea-neath-port-talbot-2022");

        // Swansea's annexe (seed 002): "Questions marked ** do not apply in every case, and only positive answers ..."
        assertThat(page.locator("#marker-legend")).containsText("Markers, as the report's legend states them: ");
        assertThat(page.locator("#marker-legend"))
                .containsText(
                        "** Questions marked ** do not apply in every case, and only positive answers are reported here.");
    }
}
