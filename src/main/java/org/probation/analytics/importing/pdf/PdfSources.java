package org.probation.analytics.importing.pdf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.probation.analytics.importing.parse.ParseProblem;
import org.probation.analytics.importing.parse.ParsedReport;
import org.probation.analytics.importing.parse.ParsedRow;

/**
 * Points every row parsed from a PDF's text back at the PDF: {@code source_file} becomes
 * {@code <file>#page=<n>} (the fragment a PDF viewer opens at that page) and {@code source_line} the line on
 * that page, counted from its top.
 */
public final class PdfSources {

    private PdfSources() {}

    public static ParsedReport remap(ParsedReport report, PdfText pdf, String fileName) {
        return new ParsedReport(
                report.inspection() == null ? null : remap(report.inspection(), pdf, fileName),
                remap(report.samples(), pdf, fileName),
                remap(report.results(), pdf, fileName),
                remap(report.ratings(), pdf, fileName),
                report.problems());
    }

    /** Where a text line of the PDF's text is in the PDF: "page 3 line 12", or "" for line 0 (the whole report). */
    public static String where(PdfText pdf, int textLine) {
        PdfLine at = pdf.source(textLine);
        return at == null ? "" : at.toString();
    }

    /** A parse problem's place in words: "file.pdf page 3 line 12: reason". */
    public static String describe(ParseProblem problem, PdfText pdf, String fileName) {
        String at = where(pdf, problem.line());
        return fileName + (at.isEmpty() ? "" : " " + at) + ": " + problem.reason();
    }

    private static List<ParsedRow> remap(List<ParsedRow> rows, PdfText pdf, String fileName) {
        return rows.stream().map(r -> remap(r, pdf, fileName)).toList();
    }

    private static ParsedRow remap(ParsedRow row, PdfText pdf, String fileName) {
        String line = row.get("source_line");
        if (line.isEmpty() || !row.values().containsKey("source_file")) {
            return row;
        }
        PdfLine at = pdf.source(Integer.parseInt(line));
        if (at == null) {
            return row;
        }
        Map<String, String> values = new LinkedHashMap<>(row.values());
        values.put("source_file", fileName + "#page=" + at.page());
        values.put("source_line", String.valueOf(at.line()));
        if (!row.get("notes").isEmpty()) {
            // the inspection's notes name the lines its facts were read from: the PDF's pages and lines
            values.put("notes", LINE.matcher(row.get("notes")).replaceAll(m -> {
                PdfLine from = pdf.source(Integer.parseInt(m.group(1)));
                return from == null ? m.group() : from.toString();
            }));
        }
        return new ParsedRow(values, row.line());
    }

    private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile("\\bline (\\d{1,6})\\b");
}
