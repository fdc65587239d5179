package org.probation.analytics.comparison.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.probation.analytics.base.ui.UrlState;
import org.probation.analytics.comparison.Adjustment;
import org.probation.analytics.comparison.ComparisonRow;
import org.probation.analytics.comparison.Figures;
import org.probation.analytics.comparison.InspectionChoice;
import org.probation.analytics.comparison.RegionChoice;

/**
 * Everything the Compare view shows, exactly as its URL says: what is compared (two inspections,
 * an inspection and a benchmark, or two regions), which questions, and how "significant" is called.
 */
public record CompareFilter(
        Mode mode,
        String before,
        String after,
        String inspection,
        String against,
        String framework,
        String regionA,
        String regionB,
        Level level,
        String standard,
        Adjustment adjustment,
        double alpha) {

    public static final double DEFAULT_ALPHA = 0.1;
    static final List<String> BENCHMARKS = List.of("national", "region", "comparator");

    /** What is compared with what. */
    public enum Mode {
        INSPECTIONS("Two inspections (before and after)"),
        PEERS("Two inspections as peers (A and B)"),
        BENCHMARK("An inspection and a benchmark"),
        REGIONS("Two regions");

        final String label;

        Mode(String label) {
            this.label = label;
        }

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Which questions are shown. */
    public enum Level {
        ALL("all", "All questions"),
        KEY_QUESTION("key_question", "Key questions only"),
        PROMPT("prompt", "Prompts only");

        final String code;
        final String label;

        Level(String code, String label) {
            this.code = code;
            this.label = label;
        }
    }

    public static CompareFilter from(QueryParameters q) {
        Mode mode = UrlState.get(q, "mode").flatMap(CompareFilter::mode).orElse(Mode.INSPECTIONS);
        Level level = UrlState.get(q, "level").flatMap(CompareFilter::level).orElse(Level.ALL);
        return new CompareFilter(
                        mode,
                        text(q, "before"),
                        text(q, "after"),
                        text(q, "inspection"),
                        UrlState.get(q, "against").filter(BENCHMARKS::contains).orElse(null),
                        text(q, "framework"),
                        text(q, "a"),
                        text(q, "b"),
                        level,
                        text(q, "standard"),
                        adjustment(q),
                        UrlState.get(q, "alpha").map(CompareFilter::parseAlpha).orElse(DEFAULT_ALPHA))
                .peersFromAB();
    }

    /** Two peers come in the URL as a and b (as two regions do); they are kept as the two inspections. */
    private CompareFilter peersFromAB() {
        return mode != Mode.PEERS
                ? this
                : new CompareFilter(
                        mode,
                        regionA,
                        regionB,
                        inspection,
                        against,
                        framework,
                        null,
                        null,
                        level,
                        standard,
                        adjustment,
                        alpha);
    }

    /** The URL's adjustment ({@code adjust=bh|holm}); an older permalink's {@code bh=true} is Benjamini–Hochberg. */
    private static Adjustment adjustment(QueryParameters q) {
        return UrlState.get(q, "adjust")
                .flatMap(Adjustment::of)
                .orElse(
                        UrlState.get(q, "bh").map(Boolean::parseBoolean).orElse(false)
                                ? Adjustment.BENJAMINI_HOCHBERG
                                : Adjustment.NONE);
    }

    /** The URL's query, in order: the parameters of this mode only, then the question and significance settings. */
    public Map<String, String> toQuery() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("mode", mode.code());
        switch (mode) {
            case INSPECTIONS -> {
                q.put("before", before);
                q.put("after", after);
            }
            case PEERS -> {
                q.put("a", before);
                q.put("b", after);
            }
            case BENCHMARK -> {
                q.put("inspection", inspection);
                q.put("against", against);
            }
            case REGIONS -> {
                q.put("framework", framework);
                q.put("a", regionA);
                q.put("b", regionB);
            }
        }
        q.put("level", level == Level.ALL ? null : level.code);
        q.put("standard", standard);
        q.put("adjust", adjustment == Adjustment.NONE ? null : adjustment.code());
        q.put("alpha", Figures.alpha(alpha));
        q.values().removeIf(Objects::isNull);
        return q;
    }

    /**
     * This filter with what the URL left out filled in: the two latest inspections, the latest
     * against all other providers, and the first framework's first two regions.
     */
    public CompareFilter withDefaults(List<InspectionChoice> inspections, List<RegionChoice> regions) {
        int last = inspections.size() - 1;
        String latest = last < 0 ? null : inspections.get(last).id();
        String previous = last < 1 ? latest : inspections.get(last - 1).id();
        String fw = framework != null
                ? framework
                : regions.isEmpty() ? null : regions.getFirst().framework();
        List<String> inFramework = regions.stream()
                .filter(r -> r.framework().equals(fw))
                .map(RegionChoice::regionId)
                .toList();
        return new CompareFilter(
                mode,
                or(before, previous),
                or(after, latest),
                or(inspection, latest),
                or(against, "national"),
                fw,
                or(regionA, inFramework.isEmpty() ? null : inFramework.getFirst()),
                or(regionB, inFramework.size() < 2 ? null : inFramework.get(1)),
                level,
                standard,
                adjustment,
                alpha);
    }

    /** The rows of the chosen level and standard, in the comparison's order. */
    public List<ComparisonRow> select(List<ComparisonRow> rows) {
        return rows.stream()
                .filter(r -> level == Level.ALL || r.level().equals(level.code))
                .filter(r -> standard == null || standard.equals(standardOf(r)))
                .toList();
    }

    /** What this filter still lacks to make its comparison ("two inspections"), or null. */
    public String missing() {
        return switch (mode) {
            case INSPECTIONS, PEERS -> before == null || after == null ? "two inspections" : null;
            case BENCHMARK -> inspection == null || against == null ? "an inspection and a benchmark" : null;
            case REGIONS ->
                framework == null || regionA == null || regionB == null ? "a framework and two regions" : null;
        };
    }

    /** "p < 0.1", "q < 0.1 (Benjamini–Hochberg)" or "Holm-adjusted p < 0.1 (Holm)": significant as this view calls it. */
    public String rule() {
        return adjustment.rule(Figures.alpha(alpha));
    }

    /** The framework of the side the question codes are shown in (B), or null if not chosen yet. */
    public String frameworkShown(List<InspectionChoice> inspections) {
        if (mode == Mode.REGIONS) {
            return framework;
        }
        String id = mode == Mode.BENCHMARK ? inspection : after;
        return inspections.stream()
                .filter(i -> i.id().equals(id))
                .map(InspectionChoice::framework)
                .findFirst()
                .orElse(null);
    }

    /**
     * The standard of the question as shown: the first two parts of its code, of the later
     * framework's code where two frameworks are linked ("2.1.3 → 2.2.3" is in 2.2).
     */
    public static String standardOf(ComparisonRow r) {
        String code = r.questionCode();
        int arrow = code.lastIndexOf('→');
        String shown = (arrow < 0 ? code : code.substring(arrow + 1)).trim();
        String[] parts = shown.split("\\.");
        return parts.length < 2 ? shown : parts[0] + "." + parts[1];
    }

    /** α from the URL: a number strictly between 0 and 1, else the inspectorate's 0.1. */
    public static double parseAlpha(String text) {
        return validAlpha(text) ? Double.parseDouble(text) : DEFAULT_ALPHA;
    }

    /** Whether a URL's α is a number strictly between 0 and 1. */
    public static boolean validAlpha(String text) {
        if (!org.probation.analytics.base.Numbers.isDecimal(text)) {
            return false;
        }
        double value = Double.parseDouble(text);
        return value > 0 && value < 1;
    }

    /** The mode a URL's code names, if any. */
    public static Optional<Mode> mode(String code) {
        return List.of(Mode.values()).stream()
                .filter(v -> v.code().equals(code))
                .findFirst();
    }

    /** The question level a URL's code names, if any. */
    public static Optional<Level> level(String code) {
        return List.of(Level.values()).stream().filter(v -> v.code.equals(code)).findFirst();
    }

    private static String text(QueryParameters q, String name) {
        return UrlState.get(q, name).orElse(null);
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
