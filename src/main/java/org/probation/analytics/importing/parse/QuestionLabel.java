package org.probation.analytics.importing.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first cell of a table row taken apart: the question as printed (no footnote references, no markers),
 * its applicability marker ("*", "**", "* **"), and the item code printed before it, if any ("2.1.1.").
 */
record QuestionLabel(String printed, String marker, String code) {

    private static final Pattern CODE = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){1,2}(?:\\.[a-z])?)\\.?\\s+(\\S.*)$");
    private static final Pattern TRAILING_MARKERS = Pattern.compile("^(.*?)((?:\\s*\\*+)+)\\s*$");
    private static final Pattern POST_CUSTODY =
            Pattern.compile("(?i)^(post[- ]custody|post[- ]release) cases only\\b.*");

    static QuestionLabel parse(String cell) {
        String text = Text.withoutFootnotes(Text.plain(cell));
        String marker = "";
        Matcher m = TRAILING_MARKERS.matcher(text);
        if (m.matches()) {
            marker = m.group(2).strip().replaceAll("\\s+", " ");
            text = Text.withoutFootnotes(m.group(1));
        }
        String code = "";
        Matcher c = CODE.matcher(text);
        if (c.matches()) {
            code = c.group(1);
            text = c.group(2).strip();
        }
        return new QuestionLabel(text, marker, code);
    }

    /** A question is asked ("...?"), or numbered as an item; other labels (staffing figures, "Settled") are not. */
    boolean isQuestion() {
        return printed.endsWith("?") || !code.isEmpty();
    }

    /** Printed as applying to post-release cases only: in a table without sub-sample columns, its figure is theirs. */
    boolean postCustodyOnly() {
        return POST_CUSTODY.matcher(Text.unify(printed)).matches();
    }
}
