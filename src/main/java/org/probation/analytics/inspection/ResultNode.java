package org.probation.analytics.inspection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.probation.analytics.base.QuestionLevel;

/**
 * A row of the results tree: a standard, key question or prompt, with its figures per sub-sample
 * (several when the report prints the same figure in more than one place) and its children.
 */
public record ResultNode(
        String code,
        QuestionLevel level,
        String question,
        Map<String, List<ResultRow>> bySubsample,
        List<ResultNode> children) {

    /** Standard → key question → prompt, in framework order, from the flat results of an inspection. */
    public static List<ResultNode> tree(List<ResultRow> rows, Map<String, String> standardNames) {
        Map<String, ResultNode> nodes = new LinkedHashMap<>();
        List<ResultNode> roots = new ArrayList<>();
        for (ResultRow r : rows) {
            ResultNode standard = nodes.computeIfAbsent(r.standardCode(), code -> {
                ResultNode n = new ResultNode(
                        code,
                        QuestionLevel.STANDARD,
                        standardNames.getOrDefault(code, ""),
                        new LinkedHashMap<>(),
                        new ArrayList<>());
                roots.add(n);
                return n;
            });
            ResultNode item = nodes.computeIfAbsent(r.questionCode(), code -> {
                ResultNode n = new ResultNode(code, r.level(), r.question(), new LinkedHashMap<>(), new ArrayList<>());
                ResultNode parent = r.level() == QuestionLevel.PROMPT ? nodes.get(parentOf(code)) : standard;
                (parent != null ? parent : standard).children().add(n);
                return n;
            });
            item.bySubsample()
                    .computeIfAbsent(r.subsample(), s -> new ArrayList<>())
                    .add(r);
        }
        return roots;
    }

    /** The figure a table cell shows: the first printing, with its count as x/n, ≈x/n or "n unknown". */
    public String cell(String subsample) {
        List<ResultRow> rows = bySubsample.get(subsample);
        if (rows == null || rows.isEmpty()) {
            return "";
        }
        ResultRow r = rows.getFirst();
        String printed = r.percentPrinted() != null ? r.percentPrinted() : "(" + Math.round(r.percent()) + "%)";
        return printed + " · " + r.countLabel() + (rows.size() > 1 ? " · printed " + rows.size() + "×" : "");
    }

    private static String parentOf(String code) {
        return code.substring(0, code.lastIndexOf('.'));
    }
}
