package org.probation.analytics.importing.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.probation.analytics.base.QuestionLevel;

/**
 * Turns an inspection report's plain text into the rows of the dataset format: the inspection, its stated case
 * samples, every key-question and prompt percent printed in its tables (one row per sub-sample column), and its
 * standard ratings, each with its source line; what cannot be read is listed as a {@link ParseProblem}.
 */
public final class ReportParser {

    private final List<FrameworkQuestion> questions;
    private final ProviderMatcher providers;

    /**
     * @param questions the items of every framework ({@code datasets/framework-items/*.csv})
     * @param providers rows of {@code id, name, type, region}: current PDUs and regions, NPS divisions and regions, CRCs
     */
    public ReportParser(List<FrameworkQuestion> questions, List<String[]> providers) {
        this.questions = List.copyOf(questions);
        this.providers = new ProviderMatcher(providers);
    }

    public ParsedReport parse(String text, String sourceFile) {
        return parse(text, sourceFile, null);
    }

    /** Every provider a report can be matched to (or the analyst can choose), by name. */
    public List<KnownProvider> providers() {
        return providers.providers();
    }

    /** The provider of this id, or empty when the parser knows none. */
    public Optional<KnownProvider> provider(String id) {
        return Optional.ofNullable(id == null ? null : providers.byId(id));
    }

    /**
     * As {@link #parse(String, String)}, with the provider the analyst chose instead of the one the title names.
     *
     * @param chosenProviderId a provider id of {@link #providers()}, or null to recognise it from the title
     * @throws IllegalArgumentException naming an id the parser does not know
     */
    public ParsedReport parse(String text, String sourceFile, String chosenProviderId) {
        KnownProvider chosen = null;
        if (chosenProviderId != null) {
            chosen = provider(chosenProviderId)
                    .orElseThrow(() -> new IllegalArgumentException("no provider '" + chosenProviderId + "'"));
        }
        String[] lines = lines(text);
        List<Recognised> recognised = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>();
        // every per-line pattern then works on a bounded line (the seed reports' longest is 1,337 characters)
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].length() > MAX_LINE) {
                problems.add(new ParseProblem(
                        i + 1,
                        "the line is " + lines[i].length() + " characters long; only its first " + MAX_LINE
                                + " are read (a report's lines are shorter: was the text run together?)"));
                lines[i] = lines[i].substring(0, MAX_LINE);
            }
        }
        SectionFinder sections = new SectionFinder(lines);
        MetadataExtractor meta = new MetadataExtractor(lines);
        TableReader tables = new TableReader(lines, sections);

        var roundFound = meta.round();
        String round = roundFound.map(MetadataExtractor.Found::value).orElse("");
        String framework = framework(round, tables);
        if (framework.isEmpty()) {
            problems.add(new ParseProblem(
                    0, "no framework: none of the questions in the report's tables is a framework item"));
        } else {
            recognised.add(roundFound
                    .map(r -> Recognised.at(
                            "framework",
                            framework,
                            framework,
                            "the report's structure shows the " + round.toUpperCase(Locale.ROOT)
                                    + " round, and its tables' questions are this framework's items",
                            r.line(),
                            sourceFile,
                            r.quote()))
                    .orElseGet(() -> Recognised.at(
                            "framework",
                            framework,
                            framework,
                            "more of its tables' questions are this framework's items than any other's",
                            0,
                            sourceFile,
                            "")));
        }
        List<FrameworkQuestion> items =
                questions.stream().filter(q -> q.framework().equals(framework)).toList();
        Set<String> standards = items.stream()
                .filter(q -> q.level() == QuestionLevel.STANDARD)
                .map(FrameworkQuestion::code)
                .collect(Collectors.toSet());
        List<RatingExtractor.Rating> ratings = RatingExtractor.extract(lines, standards);
        if (ratings.isEmpty()) {
            problems.add(new ParseProblem(0, "no standard rating found ('1.1 Leadership' followed by its rating)"));
        }
        ParsedRow inspectionRow = new InspectionBuilder(meta, providers, sourceFile, problems, recognised)
                .row(framework, round, ratings.size(), chosen);
        String id = inspectionRow.get("id");

        List<ParsedRow> results = new ResultBuilder(tables, sections, new QuestionMatcher(items), problems)
                .build(id, sourceFile, framework);
        if (results.isEmpty()) {
            problems.add(new ParseProblem(0, "no key-question or prompt percent found in any table"));
        }
        List<ParsedRow> ratingRows = ratings.stream()
                .map(r -> row(
                        ParsedReport.RATING_COLUMNS,
                        r.line(),
                        Map.of(
                                "inspection_id",
                                id,
                                "standard_code",
                                r.standard(),
                                "rating_printed",
                                r.printed(),
                                "rating",
                                r.rating(),
                                "source_file",
                                sourceFile,
                                "source_line",
                                String.valueOf(r.line()))))
                .toList();
        List<ParsedRow> sampleRows = SampleExtractor.extract(lines, sections).stream()
                .map(s -> row(
                        ParsedReport.SAMPLE_COLUMNS,
                        s.line(),
                        Map.of(
                                "inspection_id",
                                id,
                                "sample",
                                s.sample(),
                                "subsample",
                                s.subsample(),
                                "cases",
                                String.valueOf(s.cases()),
                                "quote",
                                s.quote(),
                                "source_file",
                                sourceFile,
                                "source_line",
                                String.valueOf(s.line()))))
                .toList();
        problems.sort(Comparator.comparingInt(ParseProblem::line));
        recognised.sort(Comparator.comparingInt(r -> FACT_ORDER.indexOf(r.field())));
        return new ParsedReport(inspectionRow, sampleRows, results, ratingRows, problems, recognised);
    }

    /** The framework of the report's round (the NPS round has domain 3); when unclear, the one its tables fit best. */
    private String framework(String round, TableReader tables) {
        Map<String, List<FrameworkQuestion>> byFramework = questions.stream()
                .collect(Collectors.groupingBy(FrameworkQuestion::framework, LinkedHashMap::new, Collectors.toList()));
        List<String> candidates = byFramework.keySet().stream()
                .filter(f -> round.isEmpty()
                        || round.equals(MetadataExtractor.NPS_ROUND) == hasDomainThree(byFramework.get(f)))
                .toList();
        if (candidates.isEmpty()) {
            candidates = List.copyOf(byFramework.keySet());
        }
        if (candidates.size() <= 1) {
            return candidates.isEmpty() ? "" : candidates.getFirst();
        }
        Map<String, Integer> exact = new HashMap<>();
        for (String f : candidates) {
            QuestionMatcher matcher = new QuestionMatcher(byFramework.get(f));
            int n = 0;
            for (TableReader.Row row : tables.rows()) {
                n += matcher.match(QuestionLabel.parse(row.label()), "")
                                .filter(m -> m.score() == 1)
                                .isPresent()
                        ? 1
                        : 0;
            }
            exact.put(f, n);
        }
        String best =
                candidates.stream().max(Comparator.comparingInt(exact::get)).orElseThrow();
        return exact.get(best) > 0 ? best : "";
    }

    private static boolean hasDomainThree(List<FrameworkQuestion> items) {
        return items.stream()
                .anyMatch(q -> q.level() == QuestionLevel.DOMAIN && q.code().equals("3"));
    }

    /** The order the recognised facts are listed in. */
    private static final List<String> FACT_ORDER =
            List.of("title", "provider", "framework", "fieldwork_start", "published", "score", "overall_rating");

    /** The longest line read whole; longer lines are cut to it, with a problem naming the line. */
    static final int MAX_LINE = 10_000;

    /** A row with its values in the order of the dataset file's columns. */
    static ParsedRow row(List<String> columns, int line, Map<String, String> values) {
        Map<String, String> ordered = new LinkedHashMap<>();
        columns.forEach(c -> ordered.put(c, values.getOrDefault(c, "")));
        return new ParsedRow(ordered, line);
    }

    /** The report's lines: any line ending, a leading byte-order mark and form feeds (page breaks) ignored. */
    static String[] lines(String text) {
        String t = text == null ? "" : text.replace("\uFEFF", "").replace('\f', ' ');
        return t.split("\r\n|[\n\r\u2028\u2029\u0085]", -1);
    }
}
