package org.probation.analytics.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every task of these views can be done with the keyboard alone: no mouse events are sent. */
class KeyboardBrowserTest extends BrowserTest {

    /** The focused element, through the shadow roots, as "tag|text|href". */
    private static final String FOCUSED = """
            () => { let a = document.activeElement;
                    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
                    return a ? a.tagName.toLowerCase() + '|' + (a.textContent || '').trim() + '|'
                               + (a.getAttribute('href') || '') + '|' + (a.getAttribute('aria-label') || a.id || '') : ''; }""";

    @Test
    void the_side_navigation_is_reached_with_tab_and_followed_with_enter() {
        Page page = open("/");
        assertThat(page.locator("vaadin-grid#inspections-grid")).isVisible();

        tabUntil(page, f -> f.startsWith("a|") && f.split("\\|", -1)[2].endsWith("overview"), 40);
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile(".*/overview.*"));
        assertThat(page.locator("[data-chart][data-rendered=true]").first()).isVisible();
    }

    @Test
    void an_inspection_opens_from_the_grid_with_the_keyboard() {
        Page page = open("/");
        assertThat(page.locator("vaadin-grid#inspections-grid a").first()).isVisible();

        // Tab reaches the grid's header, then its body; Enter moves into the cell, onto its link
        tabUntil(page, f -> f.startsWith("td|") || f.startsWith("a|") && f.contains("|inspections/"), 60);
        String focused = focused(page);
        if (focused.startsWith("td|")) {
            page.keyboard().press("Enter");
            focused = focused(page);
        }
        org.assertj.core.api.Assertions.assertThat(focused).startsWith("a|").contains("|inspections/");
        String href = focused.split("\\|")[2];
        page.keyboard().press("Enter");

        assertThat(page).hasURL("http://localhost:" + port + "/" + href);
        assertThat(page.locator("[data-chart][data-rendered=true]").first()).isVisible();
    }

    @Test
    void the_calculator_is_filled_and_run_from_the_keyboard() {
        Page page = open("/calculator");
        assertThat(page.locator("vaadin-app-layout vaadin-integer-field").first())
                .isVisible();

        tabUntil(page, f -> f.startsWith("input|"), 40);
        for (String value : new String[] {"11", "20", "29", "40"}) {
            page.keyboard().type(value);
            page.keyboard().press("Tab");
            skipStepButtons(page);
        }
        String trail = (String)
                page.evaluate("() => { " + DEEP_ALL + " return deepAll('vaadin-integer-field, vaadin-number-field')"
                        + ".map(f => f.label + '=' + f.value).join('; '); }");
        org.assertj.core.api.Assertions.assertThat(trail)
                .as("fields after typing")
                .startsWith("A: yes (x1)=11; A: cases (n1)=20; B: yes (x2)=29; B: cases (n2)=40");
        page.keyboard().press("Enter");

        assertThat(page.locator("#calculator-verdict")).containsText("Not significant at α = 0.1");
        assertThat(page.locator("#calculator-figures")).containsText("55.0% (11/20)");
        assertThat(page).hasURL(Pattern.compile(".*x1=11.*"));
        screenshot(page, "keyboard-calculator");
    }

    @Test
    void a_methodology_section_is_reached_from_its_contents_with_the_keyboard() {
        Page page = open("/methodology");
        assertThat(page.locator("#methodology-contents a").first()).isVisible();
        assertThat(page.locator("#methodology-ratings")).not().isInViewport();

        tabUntil(page, f -> f.startsWith("a|Ratings|"), 40);
        page.keyboard().press("Enter");

        assertThat(page.locator("#methodology-ratings")).isInViewport();
        assertThat(page).hasURL(Pattern.compile(".*/methodology#methodology-ratings$"));
    }

    private static void skipStepButtons(Page page) {
        for (int i = 0; i < 3 && !focused(page).startsWith("input|"); i++) {
            page.keyboard().press("Tab");
        }
    }

    private static void tabUntil(Page page, Predicate<String> wanted, int most) {
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < most; i++) {
            page.keyboard().press("Tab");
            String f = focused(page);
            if (wanted.test(f)) {
                return;
            }
            seen.append("\n  ").append(f);
        }
        throw new AssertionError("not reached with " + most + " presses of Tab; focus went through:" + seen);
    }

    private static String focused(Page page) {
        return (String) page.evaluate(FOCUSED);
    }
}
