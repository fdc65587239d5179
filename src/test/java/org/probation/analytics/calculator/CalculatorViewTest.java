package org.probation.analytics.calculator;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.probation.analytics.KaribuTest;

class CalculatorViewTest extends KaribuTest {

    @Test
    void a_permalink_fills_the_inputs_and_shows_the_result_with_its_working() {
        UI.getCurrent().navigate("calculator", QueryParameters.fromString("x1=11&n1=20&x2=29&n2=40&alpha=0.1&level=0.9"));

        assertThat(_get(Paragraph.class, spec -> spec.withId("calculator-verdict")).getText())
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

        assertThat(_get(Paragraph.class, spec -> spec.withId("calculator-verdict")).getText())
                .isEqualTo("Cannot calculate: x1 = 30 exceeds n1 = 20");
    }
}
