package org.probation.analytics.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * At 1366 pixels, without scrolling a table sideways, the columns a reader decides by are in view
 * (issue 14, item 2): Compare's difference, verdict, p and q; the ratings table's rule, band edge
 * and discretion; the overview's Overall and Score; the sub-sample verdict; the changes' verdict.
 * A header counts as in view when its whole width lies inside the grid's visible table and the window.
 */
class DecisiveColumnsBrowserTest extends BrowserTest {

    /** The headers (trimmed text) of a grid whose cells lie wholly inside the visible table and the window. */
    static final String VISIBLE_HEADERS = """
            grid => {
              const table = grid.shadowRoot.querySelector('#table').getBoundingClientRect();
              const right = Math.min(table.right, window.innerWidth);
              return [...grid.shadowRoot.querySelectorAll('#header tr:last-child th')].filter(th => !th.hidden)
                .map(th => { const r = th.getBoundingClientRect();
                             const slot = th.querySelector('slot');
                             const content = slot && slot.assignedElements()[0];
                             const text = (content ? content.textContent : th.textContent).trim();
                             return r.width > 0 && r.left >= table.left - 1 && r.right <= right + 1 ? text : null; })
                .filter(x => x !== null);
            }""";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/compare?mode=inspections&before=nps-south-west-2021&after=somerset-2023|compare-grid|Question;After − before (B − A);Verdict;p;q",
                "/compare?mode=benchmark&inspection=swansea-neath-port-talbot-2022&against=national|compare-grid|Question;Provider − benchmark (A − B);Verdict;p;q",
                "/compare?mode=regions&framework=pdu-2021&a=south-west&b=wales|compare-grid|Question;A − B;Verdict;p;q",
                "/inspections/swansea-neath-port-talbot-2022|ratings-grid|Standard;Published;By the rule;To the nearer band edge",
                "/overview?framework=pdu-2021|overview-grid|Provider;Overall;Score",
                "/subsamples?inspection=swansea-neath-port-talbot-2022&a=community&b=licence|contrast-grid|Question;A − B;Verdict;p;q",
                "/changes?alpha=0.1|changes-grid|Question;After − before (B − A);Verdict;p"
            })
    void the_deciding_columns_are_in_view(String path, String gridId, String headers) {
        Page page = open(path, 1366, 900);
        var grid = page.locator("vaadin-grid#" + gridId);
        assertThat(grid).isVisible();
        page.waitForTimeout(500);
        @SuppressWarnings("unchecked")
        List<String> visible = (List<String>) grid.evaluate(VISIBLE_HEADERS);
        List<String> wanted = Arrays.asList(headers.split(";"));
        org.assertj.core.api.Assertions.assertThat(wanted)
                .as("%s: headers in view at 1366 px were %s", path, visible)
                .allSatisfy(w -> org.assertj.core.api.Assertions.assertThat(visible)
                        .anySatisfy(v ->
                                org.assertj.core.api.Assertions.assertThat(v).startsWith(w)));
        screenshot(page, "decisive-" + gridId);
    }

    @org.junit.jupiter.api.Test
    void discretion_is_a_badge_in_the_rating_cell() {
        Page page = open("/inspections/swansea-neath-port-talbot-2022", 1366, 900);
        var grid = page.locator("vaadin-grid#ratings-grid");
        assertThat(grid).isVisible();
        // every published rating carries a badge saying whether it follows the rule or departs from it
        var badges = grid.locator("span[theme~='badge']");
        assertThat(badges.first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(badges.allTextContents())
                .isNotEmpty()
                .allMatch(t -> t.equals("follows the rule") || t.equals("discretion") || t.equals("rule not applied"));
    }
}
