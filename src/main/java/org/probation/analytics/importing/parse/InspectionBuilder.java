package org.probation.analytics.importing.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The inspection row from the report's metadata; the id is {@code <provider-id>-<published year>}. */
final class InspectionBuilder {

    private final MetadataExtractor meta;
    private final ProviderMatcher providers;
    private final String sourceFile;
    private final List<ParseProblem> problems;

    InspectionBuilder(
            MetadataExtractor meta, ProviderMatcher providers, String sourceFile, List<ParseProblem> problems) {
        this.meta = meta;
        this.providers = providers;
        this.sourceFile = sourceFile;
        this.problems = problems;
    }

    /** @param ratings the number of standard ratings found: each scores 0-3, so without a printed maximum it is 3 × that */
    ParsedRow row(String framework, String round, int ratings) {
        Map<String, String> v = new HashMap<>();
        List<String> notes = new ArrayList<>();
        var title = meta.title();
        title.ifPresentOrElse(
                t -> {
                    v.put("title", t.value());
                    notes.add("title line " + t.line());
                },
                () -> problem("no title line ('An inspection of ...') found"));
        String provider = title.flatMap(t -> providers.match(t.value(), round)).orElse("");
        if (title.isPresent() && provider.isEmpty()) {
            problem("no known provider is named in the title '" + title.get().value() + "'");
        }
        var published = meta.published();
        published.ifPresentOrElse(
                p -> {
                    v.put("published", p.value().toString());
                    notes.add("published '" + p.quote() + "' (line " + p.line() + ")");
                },
                () -> problem("no publication month (a line such as 'HM Inspectorate of Probation, July 2023') found"));
        meta.fieldwork()
                .ifPresentOrElse(
                        f -> {
                            v.put("fieldwork_start", f.value().start().toString());
                            v.put("fieldwork_start_precision", f.value().precision());
                            notes.add("fieldwork '" + f.quote() + "' (line " + f.line() + ")");
                        },
                        () -> problem("no fieldwork start date found"));
        Optional<MetadataExtractor.Found<int[]>> score = meta.score();
        score.ifPresent(s -> {
            v.put("score", String.valueOf(s.value()[0]));
            v.put("max_score", String.valueOf(s.value()[1]));
            notes.add("'" + s.quote() + "' (line " + s.line() + ")");
        });
        if (score.isEmpty() && ratings > 0) {
            v.put("max_score", String.valueOf(3 * ratings));
            notes.add("no score printed; max_score is 3 x " + ratings + " rated standards");
        }
        meta.overallRating()
                .ifPresentOrElse(
                        r -> {
                            v.put("overall_rating", r.value());
                            notes.add("overall rating '" + r.quote() + "' (line " + r.line() + ")");
                        },
                        () -> problem("no overall rating found"));
        String year = published.map(p -> String.valueOf(p.value().getYear())).orElse("");
        v.put("id", provider.isEmpty() || year.isEmpty() ? "" : provider + "-" + year);
        v.put("provider_id", provider);
        v.put("framework", framework);
        v.put("source_file", sourceFile);
        int line = title.map(MetadataExtractor.Found::line).orElse(0);
        v.put("source_line", line > 0 ? String.valueOf(line) : "");
        v.put("notes", "Parsed from the report text: " + String.join("; ", notes) + ".");
        return ReportParser.row(ParsedReport.INSPECTION_COLUMNS, line, v);
    }

    private void problem(String reason) {
        problems.add(new ParseProblem(0, reason));
    }
}
