package org.probation.analytics.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.probation.analytics.importing.ImportService;
import org.probation.analytics.importing.ui.SeedReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The import page as the analyst uses it: sign in, paste a report, preview, commit, find it among the inspections. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:duckdb:memory:browser-import",
            "inspections.datasets-dir=datasets",
            "INSPECTIONS_ADMIN_PASSWORD=" + ImportPageBrowserTest.PASSWORD
        })
class ImportPageBrowserTest extends BrowserTest {

    static final String PASSWORD = "browser-test-secret";

    @DynamicPropertySource
    static void importsFolder(DynamicPropertyRegistry registry) throws IOException {
        Path imports = Files.createTempDirectory("import-browser").resolve("imports");
        registry.add("inspections.imports-dir", imports::toString);
    }

    @Autowired
    ImportService imports;

    @AfterEach
    void removeImports() {
        imports.imported().forEach(i -> imports.delete(i.id()));
    }

    @Test
    void the_admin_signs_in_pastes_a_report_previews_it_commits_it_and_finds_it_among_the_inspections() {
        String report = SeedReport.devonAndTorbay();
        Page page = open("/import");

        // anonymous: the login form, not the import view
        page.waitForURL("**/login");
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.locator("vaadin-upload#import-upload")).not().isAttached();

        page.locator("vaadin-login-form input[name=username]").fill("admin");
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button").getByText("Log in").click();

        // back where the login began (Spring Security's saved request adds "?continue")
        page.waitForURL(Pattern.compile(".*/import(\\?continue)?$"));
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Import")))
                .isVisible();
        page.locator("vaadin-text-area#report-text textarea").fill(report);
        page.locator("#preview-button").click();

        Locator results = page.locator("vaadin-grid#import-results");
        assertThat(results).isVisible();
        assertThat(page.locator("#import-summary")).containsText(SeedReport.TABLE_RESULTS + " result rows and");
        Assertions.assertThat(results.evaluate("grid => grid.size")).isEqualTo(SeedReport.TABLE_RESULTS);
        assertThat(results.locator(
                                "vaadin-grid-cell-content",
                                new Locator.LocatorOptions().setHasText("pasted-report.txt line 352"))
                        .first())
                .isVisible();
        assertThat(page.locator("vaadin-grid#import-errors")).isHidden();
        assertThat(page.locator("#commit-button")).hasText("Commit devon-and-torbay-2023");
        CompareViewBrowserTest.capture(page, "import-preview");

        page.locator("#commit-button").click();

        assertThat(page.locator("#committed-link")).hasText("Open devon-and-torbay-2023");
        assertThat(page.locator("vaadin-notification-card").getByText("Imported devon-and-torbay-2023"))
                .isVisible();
        assertThat(page.locator(
                                "vaadin-grid#imported-grid vaadin-grid-cell-content",
                                new Page.LocatorOptions().setHasText("Devon and Torbay"))
                        .first())
                .isVisible();
        CompareViewBrowserTest.capture(page, "import-committed");

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Inspections"))
                .click();
        Locator inspections = page.locator("vaadin-grid#inspections-grid");
        assertThat(inspections
                        .locator(
                                "vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("Devon and Torbay"))
                        .first())
                .isVisible();
    }
}
