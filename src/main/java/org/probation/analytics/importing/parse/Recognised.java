package org.probation.analytics.importing.parse;

import java.util.List;

/**
 * One fact of the inspection the parser recognised in the report, and how: the value it loads, the name it is
 * shown by, the reason it was taken, where it is printed ({@code where}: "report.txt line 9", for a PDF
 * "report.pdf page 1 line 9") and the words quoted from there. A provider that is not recognised has an empty
 * value and lists its {@code candidates}; one the analyst chose has no line.
 *
 * @param field {@code title}, {@code provider}, {@code framework}, {@code fieldwork_start}, {@code published},
 *     {@code score} or {@code overall_rating}
 * @param line the 1-based line of the report's text, 0 for none
 */
public record Recognised(
        String field,
        String value,
        String shown,
        String how,
        int line,
        String where,
        String quote,
        List<KnownProvider> candidates) {

    public Recognised {
        candidates = List.copyOf(candidates);
    }

    static Recognised at(
            String field, String value, String shown, String how, int line, String sourceFile, String quote) {
        return new Recognised(
                field, value, shown, how, line, line > 0 ? sourceFile + " line " + line : "", quote, List.of());
    }

    /** True when the parser found a value (a provider not recognised has none). */
    public boolean found() {
        return !value.isEmpty();
    }

    public Recognised withWhere(String newWhere) {
        return new Recognised(field, value, shown, how, line, newWhere, quote, candidates);
    }
}
