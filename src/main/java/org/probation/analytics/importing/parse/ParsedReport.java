package org.probation.analytics.importing.parse;

import java.util.List;

/**
 * Everything extracted from one report, in the rows of the dataset format, with the problems met on the way and
 * the inspection's facts as recognised (each with its line and quote).
 */
public record ParsedReport(
        ParsedRow inspection,
        List<ParsedRow> samples,
        List<ParsedRow> results,
        List<ParsedRow> ratings,
        List<ParseProblem> problems,
        List<Recognised> recognised) {

    /** The dataset columns of each file, in the order of their header rows. */
    public static final List<String> INSPECTION_COLUMNS = List.of(
            "id",
            "provider_id",
            "framework",
            "title",
            "fieldwork_start",
            "fieldwork_start_precision",
            "published",
            "score",
            "max_score",
            "overall_rating",
            "source_file",
            "source_line",
            "notes");

    public static final List<String> SAMPLE_COLUMNS =
            List.of("inspection_id", "sample", "subsample", "cases", "quote", "source_file", "source_line");
    public static final List<String> RESULT_COLUMNS = List.of(
            "inspection_id",
            "item_code",
            "subsample",
            "percent_printed",
            "percent",
            "yes_count",
            "denominator",
            "marker",
            "marker_meaning",
            "question_as_printed",
            "source_section",
            "source_file",
            "source_line");
    public static final List<String> RATING_COLUMNS =
            List.of("inspection_id", "standard_code", "rating_printed", "rating", "source_file", "source_line", "note");

    public ParsedReport {
        samples = List.copyOf(samples);
        results = List.copyOf(results);
        ratings = List.copyOf(ratings);
        problems = List.copyOf(problems);
        recognised = List.copyOf(recognised);
    }

    /** A report with nothing recognised listed (as a PDF's rows are re-pointed: see {@link #withRecognised}). */
    public ParsedReport(
            ParsedRow inspection,
            List<ParsedRow> samples,
            List<ParsedRow> results,
            List<ParsedRow> ratings,
            List<ParseProblem> problems) {
        this(inspection, samples, results, ratings, problems, List.of());
    }

    public ParsedReport withRecognised(List<Recognised> facts) {
        return new ParsedReport(inspection, samples, results, ratings, problems, facts);
    }

    /** {@code inspection.csv}: header and the one row, RFC 4180 quoting. */
    public String inspectionCsv() {
        return csv(INSPECTION_COLUMNS, List.of(inspection));
    }

    public String samplesCsv() {
        return csv(SAMPLE_COLUMNS, samples);
    }

    public String resultsCsv() {
        return csv(RESULT_COLUMNS, results);
    }

    public String ratingsCsv() {
        return csv(RATING_COLUMNS, ratings);
    }

    static String csv(List<String> columns, List<ParsedRow> rows) {
        StringBuilder out = new StringBuilder(String.join(",", columns)).append('\n');
        for (ParsedRow row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(field(row.get(columns.get(i))));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String field(String value) {
        boolean quote = value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
