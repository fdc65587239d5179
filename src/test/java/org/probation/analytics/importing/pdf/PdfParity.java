package org.probation.analytics.importing.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.probation.analytics.importing.parse.ParsedReport;
import org.probation.analytics.importing.parse.ParsedRow;
import org.probation.analytics.importing.parse.SeedParsers;

/**
 * What a report's PDF import gives against its text import: the result rows (item, sub-sample, percent), ratings,
 * stated samples and inspection fields each must give, and where they differ.
 */
record PdfParity(int textResults, int matchedResults, List<String> differences) {

    static final List<String> INSPECTION_FIELDS = SeedParsers.INSPECTION_FIELDS;

    static PdfParity of(ParsedReport text, ParsedReport pdf) {
        List<String> diff = new ArrayList<>();
        Set<String> a =
                keys(text.results(), r -> r.get("item_code") + " " + r.get("subsample") + " " + r.get("percent"));
        Set<String> b =
                keys(pdf.results(), r -> r.get("item_code") + " " + r.get("subsample") + " " + r.get("percent"));
        int matched = (int) a.stream().filter(b::contains).count();
        compare("result", a, b, diff);
        compare(
                "rating",
                keys(text.ratings(), r -> r.get("standard_code") + " " + r.get("rating")),
                keys(pdf.ratings(), r -> r.get("standard_code") + " " + r.get("rating")),
                diff);
        compare(
                "sample",
                keys(text.samples(), r -> r.get("sample") + " " + r.get("subsample") + " " + r.get("cases")),
                keys(pdf.samples(), r -> r.get("sample") + " " + r.get("subsample") + " " + r.get("cases")),
                diff);
        for (String f : INSPECTION_FIELDS) {
            String x = text.inspection() == null ? null : text.inspection().get(f);
            String y = pdf.inspection() == null ? null : pdf.inspection().get(f);
            if (!java.util.Objects.equals(x, y)) {
                diff.add("inspection " + f + ": text '" + x + "', PDF '" + y + "'");
            }
        }
        Map<String, Integer> problems = new TreeMap<>();
        pdf.problems().forEach(p -> problems.merge(p.reason(), 1, Integer::sum));
        text.problems().forEach(p -> problems.merge(p.reason(), -1, Integer::sum));
        problems.forEach((reason, n) -> {
            if (n != 0) {
                diff.add("problem " + (n > 0 ? "only in the PDF" : "only in the text") + ": " + reason);
            }
        });
        return new PdfParity(a.size(), matched, diff);
    }

    private static Set<String> keys(List<ParsedRow> rows, Function<ParsedRow, String> key) {
        Set<String> out = new TreeSet<>();
        rows.forEach(r -> out.add(key.apply(r)));
        return out;
    }

    private static void compare(String what, Set<String> text, Set<String> pdf, List<String> diff) {
        text.stream().filter(k -> !pdf.contains(k)).forEach(k -> diff.add(what + " missed from the PDF: " + k));
        pdf.stream().filter(k -> !text.contains(k)).forEach(k -> diff.add(what + " only in the PDF: " + k));
    }
}
