package org.probation.analytics.browser;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core in the page: its script comes from a test-scope dependency (the jar carries
 * {@code axe.min.js} at its root), is added to the page by Playwright, and its violations are
 * read back. Nothing is downloaded while the tests run.
 */
final class Axe {

    static final Path REPORT = Path.of("target", "accessibility", "axe.json");
    static final Set<String> FAILING = Set.of("serious", "critical");

    /** One rule broken on a page: axe's rule id, impact, help text and where (the elements' selectors). */
    record Violation(String id, String impact, String help, String helpUrl, List<Node> nodes) {}

    /** One offending element: its selector (shadow roots joined by " >>> ") and axe's summary of what is wrong. */
    record Node(String target, String html, String summary) {}

    /** A rule waived on one element only, with the reason it cannot be fixed by the app. */
    record Waiver(String rule, String target, String why) {}

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final String SCRIPT = load();
    /**
     * Every rule axe runs by default (WCAG 2.0–2.2 A and AA and best practices), on the whole
     * document, shadow roots included. Vaadin's development-mode tools are left out: they are
     * not part of the app and are absent from the production build.
     */
    private static final String RUN = """
            async () => {
              const r = await axe.run({ exclude: [['vaadin-dev-tools'], ['copilot-main']] }, { resultTypes: ['violations'] });
              const flat = t => Array.isArray(t) ? t.map(flat).join(' >>> ') : String(t);
              return JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                  nodes: v.nodes.map(n => ({ target: n.target.map(flat).join(' , '), html: n.html.slice(0, 300),
                                              summary: n.failureSummary })) })));
            }""";

    private static final Map<String, List<Violation>> FOUND = new LinkedHashMap<>();

    private Axe() {}

    /** The page's violations, less the waived ones; all are kept for {@link #REPORT} under {@code view}. */
    static List<Violation> check(Page page, String view, List<Waiver> waivers) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(SCRIPT));
        List<Violation> violations = JSON.readValue((String) page.evaluate(RUN), new TypeReference<>() {});
        record(view, violations);
        return violations.stream()
                .map(v -> new Violation(
                        v.id(),
                        v.impact(),
                        v.help(),
                        v.helpUrl(),
                        v.nodes().stream()
                                .filter(n -> waivers.stream()
                                        .noneMatch(w -> w.rule().equals(v.id())
                                                && n.target().equals(w.target())))
                                .toList()))
                .filter(v -> !v.nodes().isEmpty())
                .toList();
    }

    /** The serious and critical violations, one per line: view, rule, impact, help, every offending target. */
    static String describe(String view, List<Violation> violations) {
        StringBuilder out = new StringBuilder();
        violations.stream().filter(v -> FAILING.contains(v.impact())).forEach(v -> {
            out.append("\n")
                    .append(view)
                    .append(": ")
                    .append(v.id())
                    .append(" (")
                    .append(v.impact());
            out.append(") ").append(v.help()).append(" ").append(v.helpUrl());
            v.nodes()
                    .forEach(n ->
                            out.append("\n    ").append(n.target()).append("  ").append(n.html()));
        });
        return out.toString();
    }

    private static synchronized void record(String view, List<Violation> violations) {
        FOUND.put(view, violations);
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, JSON.writeValueAsString(FOUND));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (the axe-core dependency)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
