package org.probation.analytics.calculator;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.probation.analytics.KaribuTest;
import org.probation.analytics.base.ui.CsvDownload;

class CalculatorViewTest extends KaribuTest {

    @Test
    void a_permalink_fills_the_inputs_and_shows_the_result_with_its_working() {
        UI.getCurrent()
                .navigate("calculator", QueryParameters.fromString("x1=11&n1=20&x2=29&n2=40&alpha=0.1&level=0.9"));

        assertThat(_get(Paragraph.class, spec -> spec.withId("calculator-verdict"))
                        .getText())
                .startsWith("Not significant at α = 0.1");
        Grid<?> figures = _get(Grid.class, spec -> spec.withId("calculator-figures"));
        assertThat(GridKt._getFormattedRow(figures, 0)).containsExactly("A", "55.0% (11/20)");
        assertThat(GridKt._getFormattedRow(figures, 1)).containsExactly("B", "72.5% (29/40)");
        assertThat(_get(Pre.class, spec -> spec.withId("calculator-working")).getText())
                .contains("Pooled proportion p = (11 + 29) / (20 + 40) = 0.6667");
    }

    @Test
    void invalid_input_says_why() {
        UI.getCurrent().navigate("calculator", QueryParameters.fromString("x1=30&n1=20&x2=29&n2=40"));

        assertThat(_get(Paragraph.class, spec -> spec.withId("calculator-verdict"))
                        .getText())
                .isEqualTo("Cannot calculate: x1 = 30 exceeds n1 = 20");
    }

    @Test
    void the_figures_download_as_csv_with_the_verdict() {
        UI.getCurrent()
                .navigate("calculator", QueryParameters.fromString("x1=11&n1=20&x2=29&n2=40&alpha=0.1&level=0.9"));

        List<String> lines = new String(
                        DownloadKt._download(_get(CsvDownload.class, spec -> spec.withId("calculator-csv"))),
                        StandardCharsets.UTF_8)
                .lines()
                .toList();

        assertThat(lines.getFirst()).isEqualTo("name,value");
        assertThat(lines)
                .contains(
                        "A,\"55.0% (11/20)\"",
                        "B,\"72.5% (29/40)\"",
                        "\"Significance level α\",0.1",
                        "\"Interval level\",0.9",
                        "\"Newcombe interval A − B\",\"−37.9 points to +3.4 points\"");
        assertThat(lines.getLast()).startsWith("Verdict,\"Not significant at α = 0.1");
        Grid<?> figures = _get(Grid.class, spec -> spec.withId("calculator-figures"));
        assertThat(lines).hasSize(1 + GridKt._size(figures));
    }

    @Test
    void invalid_input_leaves_nothing_to_download() {
        UI.getCurrent().navigate("calculator", QueryParameters.fromString("x1=30&n1=20&x2=29&n2=40"));

        byte[] csv = DownloadKt._download(_get(CsvDownload.class, spec -> spec.withId("calculator-csv")));

        assertThat(new String(csv, StandardCharsets.UTF_8).lines()).containsExactly("name,value");
    }
}
