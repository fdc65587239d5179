package org.probation.analytics.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every table with numeric columns, at 1366 pixels: each header sits over its own column, so that
 * a value is never read under the next column's name (issue 14, item 1). Header and first-row cells
 * are measured in the grid's shadow DOM, column by column. Widths in em resolved against the header's
 * smaller font and put Compare's headers 54 px left of their values; column widths are in rem.
 */
class ColumnAlignmentBrowserTest extends BrowserTest {

    /** [index, header left, header right, cell left, cell right] for every column whose header and first cell are laid out. */
    static final String MEASURE = """
            grid => {
              const root = grid.shadowRoot;
              const heads = [...root.querySelectorAll('#header tr:last-child th')].filter(th => !th.hidden);
              const row = [...root.querySelectorAll('#items tr')].find(tr => !tr.hidden && tr.querySelector('td'));
              const cells = row ? [...row.querySelectorAll('td')].filter(td => !td.hidden) : [];
              return heads.map((th, i) => {
                const h = th.getBoundingClientRect();
                const c = cells[i] ? cells[i].getBoundingClientRect() : null;
                return c ? [i, h.left, h.right, c.left, c.right] : null;
              }).filter(x => x && x[2] > x[1]);
            }""";

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/compare?mode=inspections&before=nps-south-west-2021&after=somerset-2023",
                "/compare?mode=benchmark&inspection=swansea-neath-port-talbot-2022&against=national",
                "/subsamples?inspection=swansea-neath-port-talbot-2022&a=community&b=licence",
                "/changes?alpha=0.1",
                "/funnel?framework=nps-2018&question=2.1.1",
                "/inspections/swansea-neath-port-talbot-2022"
            })
    void every_header_covers_its_column(String path) {
        Page page = open(path, 1366, 900);
        assertThat(page.locator("vaadin-grid >> visible=true").first()).isVisible();
        page.waitForTimeout(500);
        int grids = page.locator("vaadin-grid").count();
        int measured = 0;
        for (int g = 0; g < grids; g++) {
            var grid = page.locator("vaadin-grid").nth(g);
            if (!grid.isVisible()) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<List<Number>> columns = (List<List<Number>>) grid.evaluate(MEASURE);
            measured += columns.size();
            for (List<Number> c : columns) {
                double headLeft = c.get(1).doubleValue();
                double cellLeft = c.get(3).doubleValue();
                double headRight = c.get(2).doubleValue();
                double cellRight = c.get(4).doubleValue();
                org.assertj.core.api.Assertions.assertThat(Map.of("left", headLeft, "right", headRight))
                        .as(
                                "%s grid %s (%s) column %s: header %.0f–%.0f, cells %.0f–%.0f",
                                path, g, grid.getAttribute("id"), c.get(0), headLeft, headRight, cellLeft, cellRight)
                        .satisfies(m -> {
                            org.assertj.core.api.Assertions.assertThat(headLeft)
                                    .isCloseTo(cellLeft, org.assertj.core.api.Assertions.within(1.5));
                            org.assertj.core.api.Assertions.assertThat(headRight)
                                    .isCloseTo(cellRight, org.assertj.core.api.Assertions.within(1.5));
                        });
            }
        }
        // a page whose tables were not laid out would pass by measuring nothing
        org.assertj.core.api.Assertions.assertThat(measured)
                .as(path + ": columns measured")
                .isGreaterThanOrEqualTo(5);
    }
}
