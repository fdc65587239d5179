package org.probation.analytics.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bad link says what was wrong and what is shown instead (issue 14, item 8). */
class BadLinksBrowserTest extends BrowserTest {

    @Test
    void an_unknown_path_is_a_not_found_page_inside_the_app_with_a_way_back() {
        Page page = open("/no-such-page");

        assertThat(page.locator("#not-found")).isVisible();
        assertThat(page.locator("#not-found")).containsText("no-such-page");
        org.assertj.core.api.Assertions.assertThat(page.url())
                .contains("/no-such-page")
                .doesNotContain("login");
        page.locator("#not-found a", new Page.LocatorOptions().setHasText("inspections"))
                .first()
                .click();
        page.waitForURL(url -> !url.contains("no-such-page"));
        assertThat(page.locator("h2").first()).isVisible();
    }

    @Test
    void a_compare_permalink_with_bad_parameters_names_each_and_what_is_shown_instead() {
        Page page = open("/compare?mode=benchmark&inspection=atlantis-2030&against=banana&alpha=2");

        assertThat(page.locator("#compare-banner")).isVisible();
        assertThat(page.locator("#compare-banner")).containsText("against=banana is not a benchmark");
        assertThat(page.locator("#compare-banner")).containsText("national is shown");
        assertThat(page.locator("#compare-banner")).containsText("alpha=2 is not a significance level");
        assertThat(page.locator("#compare-banner")).containsText("α = 0.1 is used");
        assertThat(page.locator("#compare-banner")).containsText("inspection=atlantis-2030 is no inspection here");

        Page good = open("/compare?mode=inspections&before=nps-south-west-2021&after=somerset-2023");
        assertThat(good.locator("[data-chart=compare-differences][data-rendered=true]"))
                .isVisible();
        assertThat(good.locator("#compare-banner")).isHidden();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/overview?framework=nope&region=atlantis|overview-banner|framework=nope is not a framework with inspections|pdu-2021 is shown|region=atlantis is not a region",
                "/funnel?framework=nope&question=9.9.9|funnel-banner|framework=nope is not a framework with inspections|is shown|question=9.9.9 is not a question of",
                "/changes?alpha=2&sort=banana|changes-banner|alpha=2 is not a significance level|α = 0.1 is used|sort=banana is not a column to sort by"
            })
    void every_view_names_a_bad_parameter_and_what_is_shown_instead(
            String path, String banner, String first, String instead, String second) {
        Page page = open(path);

        assertThat(page.locator("#" + banner)).isVisible();
        assertThat(page.locator("#" + banner)).containsText(first);
        assertThat(page.locator("#" + banner)).containsText(instead);
        assertThat(page.locator("#" + banner)).containsText(second);
        screenshot(page, "bad-link-" + banner);

        Page good = open(path.substring(0, path.indexOf('?')));
        assertThat(good.locator("vaadin-app-layout h2").first()).isVisible();
        assertThat(good.locator("#" + banner)).isHidden();
    }
}
