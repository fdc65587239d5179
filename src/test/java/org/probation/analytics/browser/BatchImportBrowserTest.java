package org.probation.analytics.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.probation.analytics.importing.ImportService;
import org.probation.analytics.importing.ui.SeedReport;
import org.probation.analytics.inspection.InspectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Many reports at once, as the analyst does it: from the import view to the batch, two files in one selection, commit ready. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:duckdb:memory:browser-batch",
            "inspections.datasets-dir=datasets",
            "INSPECTIONS_ADMIN_PASSWORD=" + BatchImportBrowserTest.PASSWORD
        })
class BatchImportBrowserTest extends BrowserTest {

    static final String PASSWORD = "browser-batch-secret";

    @DynamicPropertySource
    static void importsFolder(DynamicPropertyRegistry registry) throws IOException {
        Path imports = Files.createTempDirectory("batch-browser").resolve("imports");
        registry.add("inspections.imports-dir", imports::toString);
    }

    @Autowired
    ImportService imports;

    @Autowired
    InspectionService inspections;

    @AfterEach
    void removeImports() {
        imports.imported().forEach(i -> imports.delete(i.id()));
    }

    static FilePayload report(String fileName, String pdu) {
        String text = SeedReport.devonAndTorbay().replace("Devon and Torbay", pdu);
        return new FilePayload(fileName, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void two_reports_uploaded_in_one_selection_are_queued_previewed_and_committed_together() {
        FilePayload norfolk = report("norfolk.txt", "Norfolk");
        FilePayload suffolk = report("suffolk.txt", "Suffolk");
        Page page = open("/import");
        page.waitForURL("**/login");
        page.locator("vaadin-login-form input[name=username]").fill("admin");
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button").getByText("Log in").click();
        page.waitForURL(Pattern.compile(".*/import(\\?continue)?$"));

        page.locator("#batch-import-link").click();
        page.waitForURL("**/import/batch");
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Import")))
                .hasCount(1);
        page.locator("vaadin-upload#batch-upload input[type=file]").setInputFiles(new FilePayload[] {norfolk, suffolk});

        Locator commitReady = page.locator("#commit-ready-button");
        assertThat(commitReady).hasText("Commit ready (2)");
        Locator queue = page.locator("vaadin-grid#batch-queue");
        Assertions.assertThat(queue.evaluate("grid => grid.size")).isEqualTo(2);
        assertThat(queue.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("norfolk-2023"))
                        .first())
                .isVisible();
        assertThat(page.locator("#batch-entry-title")).hasText("norfolk.txt");
        assertThat(page.locator("vaadin-grid#import-recognised")).isVisible();
        assertThat(page.locator("#import-limits")).containsText("charts and images are not read");
        CompareViewBrowserTest.capture(page, "batch-import-queue");
        Assertions.assertThat(inspections.inspection("norfolk-2023")).isEmpty();

        commitReady.click();

        assertThat(page.locator("vaadin-notification-card").getByText("Committed 2 of 2: norfolk-2023, suffolk-2023."))
                .isVisible();
        assertThat(page.locator("#inspection-link-1")).hasText("norfolk-2023");
        assertThat(page.locator("#inspection-link-2")).hasText("suffolk-2023");
        assertThat(commitReady).hasText("Commit ready (0)");
        Assertions.assertThat(inspections.results("suffolk-2023").orElseThrow()).hasSize(SeedReport.TABLE_RESULTS);
        CompareViewBrowserTest.capture(page, "batch-import-committed");

        page.locator("#inspection-link-1").click();
        page.waitForURL("**/inspections/norfolk-2023");
    }
}
