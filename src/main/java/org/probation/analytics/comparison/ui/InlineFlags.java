package org.probation.analytics.comparison.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.probation.analytics.comparison.ComparisonRow;
import org.probation.analytics.comparison.DataFlag;

/**
 * The data-quality flags of the figures a comparison row compares, shown in the row itself
 * (issue 14, item 4): side A's flags from its inspection, side B's from its own (none for a pool or
 * a printed comparator), each limited to the question and to the sub-sample the side is.
 *
 * @param a       side A's inspection's flags by item code (empty when A is not one inspection)
 * @param b       side B's, likewise
 * @param subsampleA the sub-sample side A is ("all" unless contrasting sub-samples)
 * @param subsampleB the sub-sample side B is
 */
public record InlineFlags(
        Map<String, List<DataFlag>> a, Map<String, List<DataFlag>> b, String subsampleA, String subsampleB) {

    public static final InlineFlags NONE = new InlineFlags(Map.of(), Map.of(), "all", "all");

    public static InlineFlags of(List<DataFlag> a, List<DataFlag> b, String subsampleA, String subsampleB) {
        return new InlineFlags(byItem(a), byItem(b), subsampleA, subsampleB);
    }

    private static Map<String, List<DataFlag>> byItem(List<DataFlag> flags) {
        return flags.stream().collect(Collectors.groupingBy(DataFlag::item));
    }

    /** "A: printed more than once; B: sample reading", or "" when neither side's figure is flagged. */
    public String cell(ComparisonRow r) {
        List<String> parts = new ArrayList<>();
        List<DataFlag> onA = side(a, codeA(r), subsampleA);
        List<DataFlag> onB = side(b, codeB(r), subsampleB);
        if (!onA.isEmpty()) {
            parts.add("A: " + rules(onA));
        }
        if (!onB.isEmpty()) {
            parts.add("B: " + rules(onB));
        }
        return String.join("; ", parts);
    }

    /** Every flag of the row in full, one a line, for a tooltip and the working. */
    public String detail(ComparisonRow r) {
        List<String> lines = new ArrayList<>();
        side(a, codeA(r), subsampleA)
                .forEach(f -> lines.add("A: " + f.reason() + (f.source() == null ? "" : " (" + f.source() + ")")));
        side(b, codeB(r), subsampleB)
                .forEach(f -> lines.add("B: " + f.reason() + (f.source() == null ? "" : " (" + f.source() + ")")));
        return String.join("\n", lines);
    }

    private static List<DataFlag> side(Map<String, List<DataFlag>> flags, String code, String subsample) {
        return flags.getOrDefault(code, List.of()).stream()
                .filter(f -> f.subsample() == null || Objects.equals(f.subsample(), subsample))
                .toList();
    }

    private static String rules(List<DataFlag> flags) {
        return flags.stream()
                .map(f -> "source".equals(f.rule()) ? "source note" : f.rule().replace('_', ' '))
                .distinct()
                .collect(Collectors.joining(", "));
    }

    /** A linked question reads "2.1.3 → 2.2.3": A's code before the arrow, B's after. */
    public static String codeA(ComparisonRow r) {
        int arrow = r.questionCode().indexOf('→');
        return arrow < 0
                ? r.questionCode()
                : r.questionCode().substring(0, arrow).trim();
    }

    public static String codeB(ComparisonRow r) {
        int arrow = r.questionCode().indexOf('→');
        return arrow < 0
                ? r.questionCode()
                : r.questionCode().substring(arrow + 1).trim();
    }
}
