package org.probation.analytics.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every chart keeps its table alternative: the chart names it ({@code aria-details}), it follows
 * the chart, the keyboard reaches it (opening the section it is folded in), and each figure the
 * chart draws is in one of its rows, as the table prints it.
 */
class ChartTableBrowserTest extends BrowserTest {

    /** JavaScript: {@code fmt(v)} a difference as the tables print it, to one decimal with a true minus sign. */
    static final String FMT = "const fmt = v => (v < 0 ? '−' : '') + Math.abs(v).toFixed(1);"
            + "const drawn = d => d !== '-' && d !== undefined && d !== null && !(d && d.value === '-');"
            + "const val = d => (d && typeof d === 'object' && !Array.isArray(d)) ? d.value : d;";

    /**
     * Per chart, the figures it draws: each a list of strings that one row of the table holds
     * together (the question, provider or rating, and the value as the table prints it).
     */
    static final Map<String, String> FIGURES = Map.of(
            "key-questions",
            "o => o.series[0].data.map((d, i) => [o.xAxis[0].data[i], val(d) + '%'])",
            "subsamples",
            "o => o.series.filter(s => s.type === 'bar').flatMap(s => s.data.map((d, i) => drawn(d)"
                    + " ? [o.xAxis[0].data[i], val(d) + '%'] : null)).filter(x => x)",
            "compare-differences",
            "o => o.series.filter(s => s.type === 'bar').flatMap(s => s.data.map((d, i) => drawn(d)"
                    + " ? [o.yAxis[0].data[i], fmt(val(d))] : null)).filter(x => x)",
            "significant-changes",
            "o => o.series.filter(s => s.type === 'scatter').flatMap(s => s.data.map(d => [...d.name.split(' · '),"
                    + " fmt(d.value[0])]))",
            "funnel",
            "o => o.series.filter(s => s.type === 'scatter').flatMap(s => s.data.map(d => [String(d.value[0]),"
                    + " d.value[1].toFixed(1) + '%', d.name.replace(/:.*/, '').replace(/ \\d{4}$/, '')]))",
            "overview-ratings",
            "o => o.series[0].data.map(d => [o.yAxis[0].data[d.value[1]].replace(/ \\d{4}$/, ''),"
                    + " d.label.formatter.replace(/\\n/g, ' ')])");

    /** JavaScript: every row of a grid as "cell | cell | …", scrolling it from top to bottom to render them all. */
    static final String ROWS = """
            async grid => {
              const rows = new Map();
              const idle = () => new Promise(r => setTimeout(r, 60));
              for (let i = 0; i < grid.size; i += 4) {
                grid.scrollToIndex(i); await idle();
                while (grid.loading) await idle();
                for (const tr of grid.shadowRoot.querySelectorAll('tbody#items tr')) {
                  if (tr.hidden || tr.index === undefined || tr.index >= grid.size) continue;
                  rows.set(tr.index, [...tr.querySelectorAll('td')].map(td => { const s = td.querySelector('slot');
                      const c = s && s.assignedElements()[0]; return c ? c.textContent.trim() : ''; }).join(' | '));
                }
              }
              grid.scrollToIndex(0);
              return [...rows.values()];
            }""";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/inspections/swansea-neath-port-talbot-2022",
                "/overview?framework=pdu-2021",
                "/compare?mode=inspections&before=nps-south-west-2021&after=somerset-2023",
                "/subsamples?inspection=swansea-neath-port-talbot-2022&a=community&b=licence",
                "/changes?alpha=0.1",
                "/funnel?framework=pdu-2021&question=2.5.1.a"
            })
    @SuppressWarnings("unchecked")
    void every_chart_has_its_table_reachable_by_keyboard_holding_its_figures(String path) {
        Page page = open(path);
        Locator charts = page.locator("[data-chart][data-rendered=true]");
        assertThat(charts.first()).isVisible();
        for (int c = 0; c < charts.count(); c++) {
            Locator chart = charts.nth(c);
            String name = chart.getAttribute("data-chart");
            Assertions.assertThat(FIGURES).as("figures known for chart " + name).containsKey(name);
            String table = chart.getAttribute("aria-details");
            Assertions.assertThat(table)
                    .as(name + ": the chart names its table")
                    .isNotBlank();
            Assertions.assertThat(chart.getAttribute("aria-label")).contains("table");
            Assertions.assertThat(chart.evaluate(
                            "(el, id) => { const t = document.getElementById(id); return !!t && t.localName === 'vaadin-grid'"
                                    + " && !!(el.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING); }",
                            table))
                    .as(name + ": its table " + table + " is a grid after the chart")
                    .isEqualTo(true);

            // reached with Tab; a section the table is folded in is opened with Enter
            page.evaluate("() => document.activeElement && document.activeElement.blur()");
            Focus.pressUntil(
                    page,
                    "Tab",
                    f -> {
                        if ("vaadin-details-summary".equals(f.tag())
                                && (Boolean) page.evaluate(
                                        "id => { const d = document.activeElement.closest('vaadin-details');"
                                                + " return !d.opened && d.contains(document.getElementById(id)); }",
                                        table)) {
                            page.keyboard().press("Enter");
                        }
                        return table.equals(f.grid());
                    },
                    200);

            List<String> rows = (List<String>) page.locator("#" + table).evaluate(ROWS);
            List<List<String>> figures = (List<List<String>>) chart.evaluate("el => { " + FMT + " return ("
                    + FIGURES.get(name) + ")(echarts.getInstanceByDom(el).getOption()); }");
            Assertions.assertThat(figures).as(name + ": figures drawn").isNotEmpty();
            List<List<String>> missing = figures.stream()
                    .filter(figure ->
                            rows.stream().noneMatch(row -> figure.stream().allMatch(row::contains)))
                    .toList();
            Assertions.assertThat(missing)
                    .as(name + ": figures of the chart in no row of " + table + "; its rows:\n"
                            + String.join("\n", rows))
                    .isEmpty();
        }
    }
}
