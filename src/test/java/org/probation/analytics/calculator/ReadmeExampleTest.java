package org.probation.analytics.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README's worked example, recomputed: the docs cannot drift from the code. */
class ReadmeExampleTest {

    @Test
    void the_worked_example_in_the_readme_is_what_the_calculator_computes() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String block =
                readme.substring(readme.indexOf("<!-- worked-example"), readme.indexOf("<!-- /worked-example -->"));

        Calculation c = new CalculatorService().twoProportions(11, 20, 59, 85, 0.1, 0.9);

        assertThat(block)
                .contains(
                        "curl 'http://localhost:8080/api/stats/two-proportions?x1=11&n1=20&x2=59&n2=85'",
                        f(
                                "A = 11/20 = %.1f%%, B = 59/85 = %.1f%%, difference A - B = %.1f points",
                                100 * c.p1(), 100 * c.p2(), 100 * c.diff()),
                        f(
                                "pooled p = 70/105 = %.4f, z = %.4f, p = %.4f: %s at alpha = 0.1",
                                70 / 105.0, c.z(), c.p(), c.significant() ? "significant" : "not significant"),
                        f(
                                "90%% Wilson intervals: A %.1f%% to %.1f%%, B %.1f%% to %.1f%%",
                                100 * c.ciLowA(), 100 * c.ciHighA(), 100 * c.ciLowB(), 100 * c.ciHighB()),
                        f(
                                "90%% Newcombe interval for A - B: %.1f to %+.1f points",
                                100 * c.diffCiLow(), 100 * c.diffCiHigh()),
                        f(
                                "Fisher's exact p = %.4f, Cohen's h = %.3f, minimum detectable difference %.1f points",
                                c.fisherP(), c.h(), 100 * c.mdd()));
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.UK, format, args);
    }
}
