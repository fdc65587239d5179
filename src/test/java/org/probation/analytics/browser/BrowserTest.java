package org.probation.analytics.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real-browser tests: the app on a random local port, Debian's chromium driven headless by
 * Playwright. With CI=true a missing browser fails the run instead of skipping it.
 */
@Tag("browser")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:duckdb:memory:browser", "inspections.datasets-dir=datasets"})
abstract class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** JavaScript: {@code deepAll(selector)} finds elements through open shadow roots too. */
    static final String DEEP_ALL = """
            const deepAll = (selector, root = document) => {
                const found = [...root.querySelectorAll(selector)];
                for (const e of root.querySelectorAll('*')) { if (e.shadowRoot) found.push(...deepAll(selector, e.shadowRoot)); }
                return found; };
            """;

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launchBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            String why = "no chromium at " + CHROMIUM + " (apt-get install chromium, or set CHROMIUM_PATH)";
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true requires the browser tests to run: " + why);
            }
            Assumptions.abort("browser test skipped outside CI: " + why);
        }
        // The first page of a freshly started Vaadin app can take several seconds on 2 cores.
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    Page open(String path) {
        return open(path, 1366, 800);
    }

    Page open(String path, int width, int height) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height))
                .newPage();
        page.setDefaultTimeout(60_000);
        page.navigate("http://localhost:" + port + path);
        return page;
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }
}
