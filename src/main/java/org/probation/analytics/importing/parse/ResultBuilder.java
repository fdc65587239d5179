package org.probation.analytics.importing.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.probation.analytics.base.QuestionLevel;

/**
 * The result rows from the table rows: each question matched to its framework item (on its own, or else among
 * the items its table's other rows leave open), one row per printed percent and sub-sample, with markers and
 * the report's meaning of them. The same figure printed twice (body and annexe) gives one row.
 */
final class ResultBuilder {

    private final TableReader tables;
    private final SectionFinder sections;
    private final QuestionMatcher matcher;
    private final List<ParseProblem> problems;

    ResultBuilder(TableReader tables, SectionFinder sections, QuestionMatcher matcher, List<ParseProblem> problems) {
        this.tables = tables;
        this.sections = sections;
        this.matcher = matcher;
        this.problems = problems;
    }

    List<ParsedRow> build(String inspectionId, String sourceFile, String framework) {
        List<TableReader.Row> rows = tables.rows();
        List<Optional<QuestionMatcher.Match>> matches = matchOnTheirOwn(rows);
        matchWithinTables(rows, matches);
        Map<String, ParsedRow> results = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            TableReader.Row row = rows.get(i);
            QuestionLabel label = QuestionLabel.parse(row.label());
            Optional<QuestionMatcher.Match> match = matches.get(i);
            if (row.problem() != null) {
                if (label.isQuestion() || match.isPresent()) {
                    problems.add(new ParseProblem(row.line(), "'" + label.printed() + "': " + row.problem()));
                }
                continue;
            }
            if (row.cells().isEmpty()) {
                continue;
            }
            if (match.isEmpty()) {
                if (label.isQuestion()) {
                    problems.add(new ParseProblem(
                            row.line(),
                            "question not found in framework " + (framework.isEmpty() ? "(none)" : framework) + ": '"
                                    + label.printed() + "'"));
                }
                continue;
            }
            for (TableReader.Cell cell : row.cells()) {
                if (Double.parseDouble(cell.number()) > 100) {
                    problems.add(new ParseProblem(row.line(), "percent " + cell.printed() + " is over 100"));
                    continue;
                }
                String subsample = cell.subsample().equals("all") && cell.onlyColumn() && label.postCustodyOnly()
                        ? "licence"
                        : cell.subsample();
                String marker = markers(label.marker(), cell.marker());
                results.putIfAbsent(
                        match.get().code() + "|" + subsample + "|" + cell.number(),
                        ReportParser.row(
                                ParsedReport.RESULT_COLUMNS,
                                row.line(),
                                Map.ofEntries(
                                        Map.entry("inspection_id", inspectionId),
                                        Map.entry("item_code", match.get().code()),
                                        Map.entry("subsample", subsample),
                                        Map.entry("percent_printed", cell.printed()),
                                        Map.entry("percent", cell.number()),
                                        Map.entry("marker", marker),
                                        Map.entry("marker_meaning", meaning(marker, row.line())),
                                        Map.entry("question_as_printed", label.printed()),
                                        Map.entry("source_section", sections.sectionOf(row.line())),
                                        Map.entry("source_file", sourceFile),
                                        Map.entry("source_line", String.valueOf(row.line())))));
            }
        }
        return new ArrayList<>(results.values());
    }

    /** Each row matched by its code, its exact text or its words, with its section and key question as context. */
    private List<Optional<QuestionMatcher.Match>> matchOnTheirOwn(List<TableReader.Row> rows) {
        List<Optional<QuestionMatcher.Match>> matches = new ArrayList<>();
        String group = "";
        for (TableReader.Row row : rows) {
            QuestionLabel label = QuestionLabel.parse(row.label());
            String standard = sections.standardOf(row.line());
            String context =
                    !group.isEmpty() && (standard.isEmpty() || group.startsWith(standard + ".")) ? group : standard;
            Optional<QuestionMatcher.Match> match =
                    label.printed().isEmpty() ? Optional.empty() : matcher.match(label, context);
            if (row.cells().isEmpty()) {
                group = match.filter(m -> m.level() == QuestionLevel.KEY_QUESTION)
                        .map(QuestionMatcher.Match::code)
                        .orElse(group);
            }
            matches.add(match);
        }
        return matches;
    }

    /**
     * A question still unmatched is looked for among the items of its neighbour's standard and level that no other
     * row of its table has taken: a table lists one standard's key questions, or its prompts.
     */
    private void matchWithinTables(List<TableReader.Row> rows, List<Optional<QuestionMatcher.Match>> matches) {
        for (int i = 0; i < rows.size(); i++) {
            QuestionLabel label = QuestionLabel.parse(rows.get(i).label());
            if (matches.get(i).isPresent()
                    || !label.isQuestion()
                    || rows.get(i).cells().isEmpty()) {
                continue;
            }
            Optional<QuestionMatcher.Match> neighbour = neighbour(rows, matches, i);
            if (neighbour.isEmpty()) {
                continue;
            }
            String[] code = neighbour.get().code().split("\\.");
            String standard = code[0] + "." + code[1];
            Set<String> taken = new HashSet<>();
            Set<String> shared = null;
            for (int j = 0; j < rows.size(); j++) {
                if (rows.get(j).table() == rows.get(i).table()
                        && j != i
                        && !rows.get(j).cells().isEmpty()) {
                    matches.get(j).ifPresent(m -> taken.add(m.code()));
                    Set<String> words = QuestionMatcher.contentWords(
                            QuestionLabel.parse(rows.get(j).label()).printed());
                    if (shared == null) {
                        shared = new HashSet<>(words);
                    } else {
                        shared.retainAll(words);
                    }
                }
            }
            List<String> open = matcher.codesUnder(standard, neighbour.get().level()).stream()
                    .filter(c -> !taken.contains(c))
                    .toList();
            matches.set(i, matcher.matchAmong(label, open, shared == null ? Set.of() : shared));
        }
    }

    /** The nearest matched row with values in the same table, before the row first, then after it. */
    private static Optional<QuestionMatcher.Match> neighbour(
            List<TableReader.Row> rows, List<Optional<QuestionMatcher.Match>> matches, int i) {
        for (int step : new int[] {-1, 1}) {
            for (int j = i + step;
                    j >= 0
                            && j < rows.size()
                            && rows.get(j).table() == rows.get(i).table();
                    j += step) {
                if (matches.get(j).isPresent() && !rows.get(j).cells().isEmpty()) {
                    return matches.get(j);
                }
            }
        }
        return Optional.empty();
    }

    private static String markers(String label, String cell) {
        Set<String> all = new LinkedHashSet<>();
        for (String m : (label + " " + cell).strip().split("\\s+")) {
            if (!m.isEmpty()) {
                all.add(m);
            }
        }
        return all.stream().sorted(Comparator.comparingInt(String::length)).collect(Collectors.joining(" "));
    }

    /** The report's explanation of each marker: the nearest explanation printed after the row, else before it. */
    private String meaning(String marker, int line) {
        List<String> texts = new ArrayList<>();
        List<TableReader.MarkerMeaning> meanings = tables.meanings();
        for (String m : marker.isEmpty() ? new String[0] : marker.split(" ")) {
            meanings.stream()
                    .filter(x -> x.marker().equals(m) && x.line() > line)
                    .findFirst()
                    .or(() -> meanings.stream()
                            .filter(x -> x.marker().equals(m) && x.line() < line)
                            .reduce((a, b) -> b))
                    .ifPresent(x -> texts.add(x.text()));
        }
        return String.join(" ", texts);
    }
}
