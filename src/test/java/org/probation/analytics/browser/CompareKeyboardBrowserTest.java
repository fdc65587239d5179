package org.probation.analytics.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The Compare view with the keyboard alone (no mouse event is sent): Tab reaches every filter
 * field and every download link, the radio buttons are changed with the arrow keys, Shift+Tab goes
 * back into the table, and the arrow keys go through every row of it.
 */
class CompareKeyboardBrowserTest extends BrowserTest {

    static final String FIELDS = "vaadin-select, vaadin-number-field, vaadin-integer-field, vaadin-text-field,"
            + " vaadin-combo-box, vaadin-radio-group, vaadin-checkbox-group, vaadin-date-picker";

    @Test
    void every_filter_every_download_and_every_row_of_the_table_are_reached_with_the_keyboard() {
        Page page = open("/compare?mode=inspections&before=nps-south-west-2021&after=somerset-2023");
        Locator chart = page.locator("[data-chart=compare-differences][data-rendered=true]");
        assertThat(chart).isVisible();
        assertThat(CompareViewBrowserTest.cell(page, "compare-grid", "≈55/86")).isVisible();
        @SuppressWarnings("unchecked")
        List<String> filters = (List<String>) page.evaluate("() => [...document.querySelectorAll('[role=main] :is("
                + FIELDS + ")')].filter(f => f.checkVisibility()).map(f => f.label)");
        @SuppressWarnings("unchecked")
        List<String> downloads =
                (List<String>) page.evaluate("() => [...document.querySelectorAll('[role=main] a[download]')]"
                        + ".filter(a => a.checkVisibility()).map(a => a.getAttribute('href'))");
        Assertions.assertThat(filters)
                .as("the filters of two inspections compared")
                .contains(
                        "Compare",
                        "Before (A)",
                        "After (B)",
                        "Questions",
                        "Standard",
                        "Significance level α",
                        "Adjustment for testing many questions");
        Assertions.assertThat(downloads).as("the view's download links").isNotEmpty();

        // Tab from the top of the page to past the end of the view
        List<Focus> walk = Focus.tabThroughView(page, 150);
        Set<String> fieldsReached = new LinkedHashSet<>();
        Set<String> downloadsReached = new LinkedHashSet<>();
        walk.forEach(f -> {
            if ("field".equals(f.kind())) {
                fieldsReached.add(f.label());
            }
            if ("link".equals(f.kind()) && f.download()) {
                downloadsReached.add(f.href());
            }
        });
        Assertions.assertThat(fieldsReached).as("filters reached with Tab").containsAll(filters);
        Assertions.assertThat(downloadsReached)
                .as("download links reached with Tab")
                .containsAll(downloads);
        Assertions.assertThat(walk)
                .as("the table's header, then its body, reached with Tab")
                .anyMatch(f -> "compare-grid".equals(f.grid()) && "header".equals(f.section()))
                .anyMatch(f -> f.inGridBody("compare-grid"));

        // Shift+Tab goes back into the table's body; Ctrl+Home to its first row, then the arrow keys down every row
        Focus.pressUntil(page, "Shift+Tab", f -> f.inGridBody("compare-grid"), 20);
        page.keyboard().press("Control+Home");
        int size = ((Number) page.locator("vaadin-grid#compare-grid").evaluate("g => g.size")).intValue();
        List<Integer> rows = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                page.keyboard().press("ArrowDown");
            }
            Focus f = Focus.of(page);
            Assertions.assertThat(f.inGridBody("compare-grid"))
                    .as("focus in the table: " + f)
                    .isTrue();
            rows.add(f.row());
            codes.add(f.rowText());
        }
        Assertions.assertThat(rows)
                .as("rows reached with ArrowDown")
                .containsExactlyElementsOf(IntStream.range(0, size).boxed().toList());
        // the rows are the chart's questions, every one of them
        @SuppressWarnings("unchecked")
        List<String> charted =
                (List<String>) chart.evaluate("el => echarts.getInstanceByDom(el).getOption().yAxis[0].data");
        Assertions.assertThat(codes).as("the rows' questions").containsExactlyInAnyOrderElementsOf(charted);

        // Space selects the row: its working is shown
        page.keyboard().press("Space");
        assertThat(page.locator("#compare-working")).containsText(codes.getLast());
        screenshot(page, "keyboard-compare");
    }

    @Test
    void the_questions_radio_buttons_are_changed_with_the_arrow_keys() {
        Page page = open("/compare?mode=inspections&before=nps-south-west-2021&after=somerset-2023");
        assertThat(page.locator("[data-chart=compare-differences][data-rendered=true]"))
                .isVisible();

        Focus radio = Focus.pressUntil(page, "Tab", f -> "Questions".equals(f.label()), 80);
        Assertions.assertThat(radio.option()).isEqualTo("All questions");
        page.keyboard().press("ArrowRight");

        page.waitForURL(Pattern.compile(".*level=key_question.*"));
        Assertions.assertThat(Focus.of(page).option()).isEqualTo("Key questions only");
        page.keyboard().press("ArrowLeft");
        page.waitForURL(url -> !url.contains("level="));
        Assertions.assertThat(Focus.of(page).option()).isEqualTo("All questions");
    }
}
