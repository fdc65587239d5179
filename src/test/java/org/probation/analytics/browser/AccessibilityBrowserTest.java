package org.probation.analytics.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.probation.analytics.importing.ui.SeedReport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * axe-core on every view, each with its data loaded and its charts drawn: no serious or critical
 * violation anywhere. Every finding, of any impact, is written to target/accessibility/axe.json.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:duckdb:memory:browser-a11y",
            "inspections.datasets-dir=datasets",
            "INSPECTIONS_ADMIN_PASSWORD=" + AccessibilityBrowserTest.PASSWORD
        })
class AccessibilityBrowserTest extends BrowserTest {

    static final String PASSWORD = "a11y-test-secret";
    static final String SWANSEA = "swansea-neath-port-talbot-2022";

    /** Rules waived on one element each, where the fault is inside a Vaadin component (none today). */
    static final List<Axe.Waiver> WAIVERS = List.of();

    @DynamicPropertySource
    static void importsFolder(DynamicPropertyRegistry registry) throws IOException {
        Path imports = Files.createTempDirectory("import-a11y").resolve("imports");
        registry.add("inspections.imports-dir", imports::toString);
    }

    static Stream<Arguments> views() {
        String chart = "[data-chart][data-rendered=true]";
        return Stream.of(
                Arguments.of("inspections", "/", "vaadin-grid#inspections-grid a"),
                Arguments.of("inspection", "/inspections/" + SWANSEA, chart),
                Arguments.of("overview", "/overview?framework=pdu-2021", chart),
                Arguments.of(
                        "compare (two inspections)",
                        "/compare?mode=inspections&before=nps-south-west-2021&after=somerset-2023",
                        chart),
                Arguments.of("compare (peers)", "/compare?mode=peers&a=somerset-2023&b=" + SWANSEA, chart),
                Arguments.of(
                        "compare (benchmark)",
                        "/compare?mode=benchmark&inspection=" + SWANSEA + "&against=national",
                        chart),
                Arguments.of(
                        "compare (regions)", "/compare?mode=regions&framework=pdu-2021&a=south-west&b=wales", chart),
                Arguments.of("subsamples", "/subsamples?inspection=" + SWANSEA + "&a=community&b=licence", chart),
                Arguments.of("changes", "/changes?alpha=0.1", chart),
                Arguments.of("funnel", "/funnel?framework=pdu-2021&question=2.5.1.a", chart),
                Arguments.of("calculator", "/calculator?x1=11&n1=20&x2=29&n2=40", "#calculator-verdict"),
                Arguments.of("methodology", "/methodology", "h3"),
                Arguments.of("login", "/login", "vaadin-login-form input[name=username]"),
                Arguments.of("not found", "/no-such-page", "#not-found"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void the_view_has_no_serious_or_critical_accessibility_violation(String view, String path, String ready) {
        Page page = open(path);
        assertThat(page.locator(ready).first()).isVisible();
        check(page, view);
    }

    @Test
    void the_import_view_signed_in_with_a_preview_has_no_serious_or_critical_accessibility_violation() {
        Page page = open("/import");
        page.waitForURL("**/login");
        page.locator("vaadin-login-form input[name=username]").fill("admin");
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button").getByText("Log in").click();
        page.waitForURL(Pattern.compile(".*/import(\\?continue)?$"));
        page.locator("vaadin-text-area#report-text textarea").fill(SeedReport.devonAndTorbay());
        page.locator("#preview-button").click();
        assertThat(page.locator("vaadin-grid#import-results")).isVisible();
        check(page, "import (preview)");
    }

    /** Waits until every chart shown is drawn and the server has answered, then runs axe. */
    static void check(Page page, String view) {
        page.waitForFunction("() => [...document.querySelectorAll('[data-chart]')]"
                + ".filter(c => c.offsetParent !== null).every(c => c.getAttribute('data-rendered') === 'true')");
        page.waitForFunction(
                "() => !Object.values((window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {})"
                        + ".some(c => c.isActive && c.isActive())");
        List<Axe.Violation> violations = Axe.check(page, view, WAIVERS);
        screenshot(page, "a11y-" + view.replaceAll("[^a-z]+", "-"));
        Assertions.assertThat(Axe.describe(view, violations))
                .as("serious or critical axe violations on " + view + " (all findings in " + Axe.REPORT + ")")
                .isEmpty();
    }
}
