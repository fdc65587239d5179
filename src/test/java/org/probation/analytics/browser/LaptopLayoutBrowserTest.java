package org.probation.analytics.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every view from a permalink on a small laptop screen (1280×720): nothing wider than the window
 * (no sideways scrolling of the page or the view), the navigation still beside the content.
 */
class LaptopLayoutBrowserTest extends BrowserTest {

    private static final String OVERFLOW = """
            () => { const layout = deepAll('vaadin-app-layout')[0];
                    const view = layout && layout.querySelector(':scope > :not([slot])');
                    const wide = deepAll('vaadin-grid, [data-chart], vaadin-form-layout, '
                            + 'vaadin-horizontal-layout, h2, p, pre, vaadin-details')
                        .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > window.innerWidth + 1)
                        .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''));
                    return { page: document.documentElement.scrollWidth - window.innerWidth,
                             view: view ? view.scrollWidth - view.clientWidth : -1,
                             wide: wide,
                             gridsScrolling: deepAll('vaadin-grid').filter(g => g.getClientRects().length).map(g => {
                                 const t = g.shadowRoot.querySelector('#table');
                                 const first = [...g.children].find(c => c.localName.startsWith('vaadin-grid-column'));
                                 return t && t.scrollWidth > t.clientWidth + 1
                                     ? (g.id || 'grid') + (first && first.frozen ? ' (first column frozen)' : '') : null;
                             }).filter(x => x), charts: deepAll('[data-chart]').length,
                             overlay: layout ? layout.hasAttribute('overlay') : 'no app layout'
                                 }; }""";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "inspections, /",
        "inspection, /inspections/swansea-neath-port-talbot-2022",
        "overview, /overview?framework=pdu-2021",
        "compare, /compare?mode=inspections&before=nps-south-west-2021&after=somerset-2023",
        "subsamples, /subsamples?inspection=swansea-neath-port-talbot-2022&a=community&b=licence",
        "changes, /changes?alpha=0.1&sort=p",
        "funnel, /funnel?framework=nps-2018&question=2.1.1",
        "calculator, /calculator?x1=11&n1=20&x2=29&n2=40&alpha=0.1&level=0.9",
        "methodology, /methodology"
    })
    void the_view_fits_a_laptop_screen(String name, String permalink) {
        Page page = open(permalink, 1280, 720);
        assertThat(page.locator("vaadin-app-layout h2").first()).isVisible();
        page.waitForFunction(
                "() => { " + DEEP_ALL + " return deepAll('[data-chart]').every(e => e.dataset.rendered === 'true'); }");
        page.addStyleTag(new Page.AddStyleTagOptions()
                .setContent("copilot-main, vaadin-dev-tools { display: none !important; }"));

        @SuppressWarnings("unchecked")
        Map<String, Object> layout =
                (Map<String, Object>) page.evaluate("(() => { " + DEEP_ALL + " return (" + OVERFLOW + ")(); })");

        assertThat(((Number) layout.get("page")).intValue())
                .as("page wider than the window")
                .isLessThanOrEqualTo(0);
        assertThat(((Number) layout.get("view")).intValue())
                .as("view scrolls sideways")
                .isLessThanOrEqualTo(0);
        assertThat((List<?>) layout.get("wide"))
                .as("elements past the right edge")
                .isEmpty();
        assertThat(layout.get("overlay"))
                .as("navigation folded away at 1280 px")
                .isEqualTo(false);
        if (!List.of("inspections", "calculator", "methodology").contains(name)) {
            assertThat(((Number) layout.get("charts")).intValue())
                    .as("charts on the view")
                    .isPositive();
        }
        // a wide statistics table may scroll inside itself, keeping what each row is in view
        assertThat((List<?>) layout.get("gridsScrolling"))
                .as("tables scrolling sideways")
                .allMatch(g -> g.toString().endsWith("(first column frozen)"))
                .noneMatch(g -> g.toString().startsWith("inspections-grid"));
        screenshot(page, "laptop-" + name);
    }
}
