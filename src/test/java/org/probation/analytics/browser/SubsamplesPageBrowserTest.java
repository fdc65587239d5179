package org.probation.analytics.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.probation.analytics.inspection.InspectionService;
import org.probation.analytics.subsample.SubsampleFigure;
import org.probation.analytics.subsample.SubsampleFilter;
import org.probation.analytics.subsample.SubsampleProfile;
import org.probation.analytics.subsample.SubsampleService;
import org.springframework.beans.factory.annotation.Autowired;

class SubsamplesPageBrowserTest extends BrowserTest {

    static final String SWANSEA = "swansea-neath-port-talbot-2022";

    @Autowired
    SubsampleService subsamples;

    @Autowired
    InspectionService inspections;

    @Test
    void a_subsamples_permalink_draws_every_published_sub_sample_with_its_intervals_and_the_contrast() {
        Page page = open("/subsamples?inspection=" + SWANSEA + "&a=community&b=licence");

        Locator chart = page.locator("[data-chart=subsamples][data-rendered=true]");
        assertThat(chart).isVisible();
        SubsampleProfile expected =
                subsamples.profile(new SubsampleFilter(SWANSEA, "community", "licence", null, null));
        List<String> questions = expected.figures().stream()
                .map(SubsampleFigure::questionCode)
                .distinct()
                .toList();
        // per sub-sample drawn: a bar for every question, then an error bar for every count that is known
        List<List<Object>> series = new ArrayList<>();
        expected.subsamples().forEach(s -> {
            List<SubsampleFigure> own = expected.figures().stream()
                    .filter(f -> f.subsample().equals(s.code()))
                    .toList();
            if (!own.isEmpty()) {
                series.add(List.of("bar", s.label(), questions.size()));
                series.add(List.of("custom", s.label(), (int)
                        own.stream().filter(f -> f.ciLow() != null).count()));
            }
        });
        org.assertj.core.api.Assertions.assertThat(series).hasSize(8);
        org.assertj.core.api.Assertions.assertThat(
                        chart.evaluate(
                                "el => echarts.getInstanceByDom(el).getOption().series.map(s => [s.type, s.name, s.data.length])"))
                .isEqualTo(series);

        Locator contrast = page.locator("vaadin-grid#contrast-grid");
        assertThat(page.locator("#contrast-title"))
                .hasText("Contrast: Community sentences − Post-release (licence) ("
                        + expected.contrast().size() + " questions)");
        // 2.2.2: community ≈10/24, licence ≈14/16 (the sample read as 24 / 16), A − B = 41.7 − 87.5 = −45.8 points (one
        // sign convention, issue 14, item 5),
        // significant under every count consistent with the printed figures
        assertThat(cell(contrast, "42% · ≈10/24")).isVisible();
        assertThat(cell(contrast, "−45.8")).isVisible();
        assertThat(cell(contrast, "★ A lower")).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.url()).contains("level=key_question");

        cell(contrast, "42% · ≈10/24").click();
        assertThat(page.locator("#subsamples-working"))
                .containsText("Pooled proportion p = (10 + 14) / (24 + 16) = 0.6000");
        assertThat(page.locator("#subsamples-working")).containsText("significant under every reading");
        // the R that reproduces it calls community A and licence B, as the page does (issue 14, item 5)
        assertThat(page.locator("#subsamples-r")).containsText("x <- c(10, 14); n <- c(24, 16)");
        page.waitForURL(url -> url.contains("question=2.2.2"));

        // the app layout scrolls its content, not the page: a viewport as tall as the view shows all of it
        Locator view = page.locator("h2", new Page.LocatorOptions().setHasText("Sub-samples side by side"))
                .locator("xpath=..");
        page.setViewportSize(1366, 120 + ((Number) view.evaluate("v => v.scrollHeight")).intValue());
        page.addStyleTag(new Page.AddStyleTagOptions()
                .setContent("vaadin-dev-tools, copilot-main { display: none !important; }"));
        view.evaluate("v => v.scrollIntoView({block: 'start'})");
        page.waitForTimeout(500);
        screenshot(page, "subsamples");
        chart.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("subsamples-chart.png")));
    }

    @Test
    void
            switching_to_the_prompts_of_a_standard_redraws_the_chart_keeps_the_url_and_shows_a_verdict_that_depends_on_the_reading() {
        Page page = open("/subsamples?inspection=" + SWANSEA + "&a=community&b=licence&standard=2.4");
        Locator chart = page.locator("[data-chart=subsamples][data-rendered=true]");
        assertThat(chart).isVisible();

        page.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("Prompts"))
                .click();

        long prompts =
                subsamples
                        .profile(new SubsampleFilter(SWANSEA, "community", "licence", "prompt", "2.4"))
                        .figures()
                        .stream()
                        .map(SubsampleFigure::questionCode)
                        .distinct()
                        .count();
        page.waitForFunction(
                "n => echarts.getInstanceByDom(document.querySelector('[data-chart=subsamples]'))"
                        + ".getOption().xAxis[0].data.length === n",
                (int) prompts);
        page.waitForURL(url -> url.contains("level=prompt") && url.contains("standard=2.4"));
        // 2.4.3.e (marked * **, relevant cases only): 8/24 or 4/12 against 10/16 or 5/8, p from 0.069 to 0.199
        Locator grid = page.locator("vaadin-grid#contrast-grid");
        assertThat(cell(grid, "0.06929 to 0.1990")).isAttached();
        assertThat(cell(grid, "A lower? depends on the reading")).isAttached();
        // 2.4.3.g/h, "Post-custody cases only": not contrasted with community cases (issue 14, item 4)
        assertThat(cell(grid, "not comparable: the report asks this question of licence cases only"))
                .isAttached();
        page.addStyleTag(new Page.AddStyleTagOptions()
                .setContent("vaadin-dev-tools, copilot-main { display: none !important; }"));
        chart.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("subsamples-prompts-chart.png")));
    }

    @Test
    void the_chart_downloads_as_png_and_the_tables_as_csv() throws IOException {
        Page page = open("/subsamples?inspection=" + SWANSEA + "&a=community&b=licence");
        assertThat(page.locator("[data-chart=subsamples][data-rendered=true]")).isVisible();

        Download png = page.waitForDownload(
                () -> page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Download PNG"))
                        .click());
        // named after the view and its state, titled with what it shows and the data's date (issue 14, item 9)
        org.assertj.core.api.Assertions.assertThat(png.suggestedFilename())
                .isEqualTo("subsamples-swansea-neath-port-talbot-2022-community-vs-licence-key-question.png");
        List<String> contrast = download(page, page.locator("a.csv-download").nth(1));
        org.assertj.core.api.Assertions.assertThat(contrast.getFirst())
                .startsWith("questionCode,question,level,labelA");
        org.assertj.core.api.Assertions.assertThat(contrast)
                .hasSize(1
                        + subsamples
                                .profile(SubsampleFilter.withDefaults())
                                .contrast()
                                .size());

        Page inspection = open("/inspections/" + SWANSEA);
        List<String> results =
                download(inspection, inspection.locator("a.csv-download").nth(1));
        org.assertj.core.api.Assertions.assertThat(results.getFirst())
                .startsWith("standardCode,questionCode,level,question");
        org.assertj.core.api.Assertions.assertThat(results)
                .hasSize(1 + inspections.results(SWANSEA).orElseThrow().size());
    }

    private static Locator cell(Locator grid, String text) {
        return grid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText(text))
                .first();
    }

    private static List<String> download(Page page, Locator link) throws IOException {
        Download d = page.waitForDownload(link::click);
        return Files.readAllLines(d.path());
    }
}
