package org.probation.analytics.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class CompareViewBrowserTest extends BrowserTest {

    /** Per series of the chart: its name and how many of its items are drawn ("-" placeholders left out). */
    static final String SERIES_POINTS = """
            el => echarts.getInstanceByDom(el).getOption().series.map(s => s.name + ': '
                + s.data.filter(d => d !== '-' && !(d && d.value === '-')).length)""";

    @SuppressWarnings("unchecked")
    static List<String> points(Locator chart) {
        return (List<String>) chart.evaluate(SERIES_POINTS);
    }

    /** The whole view without the development-mode overlays: scrolled to the top, the viewport grown to the view's height. */
    static void capture(Page page, String name) {
        page.addStyleTag(new Page.AddStyleTagOptions()
                .setContent("vaadin-dev-tools, copilot-main, vaadin-devmode-gizmo { display: none !important; }"));
        // twice: rows re-wrap and the chart resizes once the viewport has grown
        for (int pass = 0; pass < 2; pass++) {
            page.evaluate(TO_TOP);
            Number height = (Number)
                    page.evaluate("() => { const v = document.querySelector('vaadin-app-layout > :not([slot])');"
                            + " return v.getBoundingClientRect().top + v.scrollHeight; }");
            page.setViewportSize(1366, Math.min(6000, height.intValue() + 40));
            page.waitForTimeout(500);
        }
        page.evaluate(TO_TOP);
        screenshot(page, name);
    }

    private static final String TO_TOP =
            "() => { const layout = document.querySelector('vaadin-app-layout'); layout.scrollTop = 0;"
                    + " layout.shadowRoot.querySelectorAll('[content], [part=content]').forEach(c => c.scrollTop = 0); window.scrollTo(0, 0); }";

    /** The significant bars of the differences chart, better and worse together (its first two series). */
    static int significant(java.util.List<String> points) {
        return points.subList(0, 2).stream()
                .mapToInt(p -> Integer.parseInt(p.substring(p.lastIndexOf(' ') + 1)))
                .sum();
    }

    static Locator cell(Page page, String grid, String text) {
        return page.locator(
                        "vaadin-grid#" + grid + " vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text))
                .first();
    }

    @Test
    void the_analysis_pack_holds_the_chart_as_a_real_png_drawn_by_the_browser() throws Exception {
        Page page = open("/compare?mode=inspections&before=nps-south-west-2021&after=somerset-2023");
        assertThat(page.locator("[data-chart=compare-differences][data-rendered=true]"))
                .isVisible();

        com.microsoft.playwright.Download download = page.waitForDownload(
                () -> page.locator("vaadin-button.pack-download").click());

        String name = "compare-inspections-nps-south-west-2021-to-somerset-2023-alpha-0.1";
        Assertions.assertThat(download.suggestedFilename()).isEqualTo(name + "-analysis-pack.zip");
        java.nio.file.Path zip = SCREENSHOTS.resolve(download.suggestedFilename());
        download.saveAs(zip);
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in =
                new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        Assertions.assertThat(entries)
                .containsKeys("README.md", name + ".csv", name + ".xlsx", "working.md", "analysis.R", "methodology.md");
        List<String> pngs =
                entries.keySet().stream().filter(e -> e.endsWith(".png")).toList();
        Assertions.assertThat(pngs).containsExactly("charts/" + name + ".png");
        byte[] png = entries.get(pngs.getFirst());
        // a PNG's signature, then an image that decodes, of the chart's size at twice the pixels, not blank
        Assertions.assertThat(java.util.Arrays.copyOf(png, 8))
                .isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        Assertions.assertThat(image).isNotNull();
        Assertions.assertThat(image.getWidth()).isGreaterThan(1000);
        Assertions.assertThat(image.getHeight()).isGreaterThan(800);
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 7) {
            for (int y = 0; y < image.getHeight(); y += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        Assertions.assertThat(colours.size()).as("colours in the picture").isGreaterThan(5);
        Assertions.assertThat(new String(entries.get("README.md"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("- `charts/" + name + ".png`: the chart \"Compare: ");
        assertThat(page.locator(".pack-problem")).isHidden();
    }

    @Test
    void two_inspections_from_a_permalink_draw_every_difference_and_its_interval() {
        Page page = open("/compare?mode=inspections&before=nps-south-west-2021&after=somerset-2023");

        Locator chart = page.locator("[data-chart=compare-differences][data-rendered=true]");
        assertThat(chart).isVisible();
        // 13 linked questions: 4 significant at p < 0.1, 8 not, 12 intervals, 1 untested (Somerset's 2.1.1 count
        // unknown)
        Assertions.assertThat(points(chart))
                .containsExactly(
                        "★ Significantly better: p < 0.1: 0",
                        "★ Significantly worse: p < 0.1: 4",
                        "◐ Depends on the reading: 0",
                        "Not significant: 8",
                        "90% Newcombe interval: 12",
                        "Not tested (reason in the table): 1");
        assertThat(cell(page, "compare-grid", "≈55/86")).isVisible();
        assertThat(cell(page, "compare-grid", "−46.0 to −17.6")).isVisible();
        assertThat(cell(page, "compare-grid", "count unknown on side B")).isAttached();
        cell(page, "compare-grid", "2.1.3 → 2.2.3").click();
        assertThat(page.locator("#compare-working")).containsText("Pooled proportion p = (55 + 13) / (86 + 42)");
        capture(page, "compare");
        chart.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("compare-chart.png")));
    }

    @Test
    void the_benjamini_hochberg_toggle_redraws_the_chart_and_goes_into_the_url() {
        Page page =
                open("/compare?mode=inspections&before=swansea-neath-port-talbot-2022&after=somerset-2023&alpha=0.1");
        Locator chart = page.locator("[data-chart=compare-differences][data-rendered=true]");
        assertThat(chart).isVisible();
        // 15 significant under every consistent count (Swansea's counts read at its 24 / 16 split, NOTES contradiction
        // 1)
        Assertions.assertThat(significant(points(chart))).isEqualTo(15);

        page.locator("#compare-adjustment").click();
        page.locator("vaadin-select-item")
                .getByText("Benjamini–Hochberg: only q < α")
                .click();

        page.waitForURL("**adjust=bh**");
        page.waitForFunction(
                "() => echarts.getInstanceByDom(document.querySelector('[data-chart=compare-differences]'))"
                        + ".getOption().series[0].name.startsWith('★ Significantly better: q')");
        // q < 0.1 under every reading for 7; for 2.3.2.a (16/40 or 8/20) it depends on the reading
        Assertions.assertThat(significant(points(chart))).isEqualTo(7);
        Assertions.assertThat(points(chart).get(2)).isEqualTo("◐ Depends on the reading: 1");
    }

    @Test
    void an_inspection_against_its_printed_comparator_from_a_permalink() {
        Page page =
                open("/compare?mode=benchmark&inspection=nps-south-west-2021&against=comparator&level=key_question");

        Locator chart = page.locator("[data-chart=compare-differences][data-rendered=true]");
        assertThat(chart).isVisible();
        // 12 key questions against the "All NPS regions" figures: 2.1.1, 2.1.3 and 2.4.2 significant at p < 0.1
        Assertions.assertThat(points(chart))
                .containsExactly(
                        "★ Significantly better: p < 0.1: 0",
                        "★ Significantly worse: p < 0.1: 3",
                        "◐ Depends on the reading: 0",
                        "Not significant: 9",
                        "90% interval (A's Wilson interval − printed figure): 12",
                        "Not tested (reason in the table): 0");
        assertThat(cell(page, "compare-grid", "printed figure")).isVisible();
        cell(page, "compare-grid", "2.1.1").click();
        assertThat(page.locator("#compare-r")).containsText("prop.test(63, 86, p = 0.8200");
        capture(page, "compare-benchmark");
    }
}
