package org.probation.analytics.importing.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The inspection row from the report's metadata; the id is {@code <provider-id>-<published year>}. Each fact
 * taken is also listed as {@link Recognised}, with its line and quote; a provider the title does not name
 * unambiguously is not recognised (a problem listing the candidates) unless the analyst chose it.
 */
final class InspectionBuilder {

    private final MetadataExtractor meta;
    private final ProviderMatcher providers;
    private final String sourceFile;
    private final List<ParseProblem> problems;
    private final List<Recognised> recognised;

    InspectionBuilder(
            MetadataExtractor meta,
            ProviderMatcher providers,
            String sourceFile,
            List<ParseProblem> problems,
            List<Recognised> recognised) {
        this.meta = meta;
        this.providers = providers;
        this.sourceFile = sourceFile;
        this.problems = problems;
        this.recognised = recognised;
    }

    /**
     * @param ratings the number of standard ratings found: each scores 0-3, so without a printed maximum it is 3 × that
     * @param chosen the provider the analyst chose, or null to recognise it from the title
     */
    ParsedRow row(String framework, String round, int ratings, KnownProvider chosen) {
        Map<String, String> v = new HashMap<>();
        List<String> notes = new ArrayList<>();
        var title = meta.title();
        title.ifPresentOrElse(
                t -> {
                    v.put("title", t.value());
                    notes.add("title line " + t.line());
                    found("title", t.value(), t.value(), "the first line starting 'An inspection of'", t);
                },
                () -> problem("no title line ('An inspection of ...') found"));
        String provider = provider(title, round, chosen, notes);
        var published = meta.published();
        published.ifPresentOrElse(
                p -> {
                    v.put("published", p.value().toString());
                    notes.add("published '" + p.quote() + "' (line " + p.line() + ")");
                    found("published", p.value().toString(), p.value().toString(), "the first month-and-year line", p);
                },
                () -> problem("no publication month (a line such as 'HM Inspectorate of Probation, July 2023') found"));
        meta.fieldwork()
                .ifPresentOrElse(
                        f -> {
                            v.put("fieldwork_start", f.value().start().toString());
                            v.put("fieldwork_start_precision", f.value().precision());
                            notes.add("fieldwork '" + f.quote() + "' (line " + f.line() + ")");
                            found(
                                    "fieldwork_start",
                                    f.value().start().toString(),
                                    f.value().start()
                                            + ("month".equals(f.value().precision()) ? " (month only)" : ""),
                                    "the first date in a sentence about the fieldwork",
                                    f);
                        },
                        () -> problem("no fieldwork start date found"));
        Optional<MetadataExtractor.Found<int[]>> score = meta.score();
        score.ifPresent(s -> {
            v.put("score", String.valueOf(s.value()[0]));
            v.put("max_score", String.valueOf(s.value()[1]));
            notes.add("'" + s.quote() + "' (line " + s.line() + ")");
            String shown = s.value()[0] + "/" + s.value()[1];
            found("score", shown, shown, "a 'Score n/m' line", s);
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
                            found("overall_rating", r.value(), r.value(), "the overall rating as printed", r);
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

    private String provider(
            Optional<MetadataExtractor.Found<String>> title, String round, KnownProvider chosen, List<String> notes) {
        if (chosen != null) {
            notes.add("provider " + chosen.id() + " chosen by the analyst");
            recognised.add(new Recognised(
                    "provider", chosen.id(), chosen.label(), "chosen by the analyst", 0, "", "", List.of()));
            return chosen.id();
        }
        if (title.isEmpty()) {
            return "";
        }
        MetadataExtractor.Found<String> t = title.get();
        ProviderMatcher.Match match = providers.match(t.value(), round);
        if (match.provider() != null) {
            found("provider", match.provider().id(), match.provider().label(), match.how(), t);
            return match.provider().id();
        }
        recognised.add(new Recognised(
                "provider",
                "",
                "not recognised",
                match.how(),
                t.line(),
                sourceFile + " line " + t.line(),
                t.quote(),
                match.candidates()));
        problem("the provider is not recognised in the title '" + t.value() + "': " + match.how());
        return "";
    }

    private void found(String field, String value, String shown, String how, MetadataExtractor.Found<?> at) {
        recognised.add(Recognised.at(field, value, shown, how, at.line(), sourceFile, at.quote()));
    }

    private void problem(String reason) {
        problems.add(new ParseProblem(0, reason));
    }
}
