package org.probation.analytics.importing.batch;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a file of a batch is, told by its content, never by its name. */
public enum EntryKind {
    /** Begins {@code %PDF-}: a report's PDF. */
    PDF("pdf"),
    /** UTF-8 text that is not a bundle: a report's text, for the parser. */
    REPORT_TEXT("report text"),
    /** UTF-8 text whose first line is {@code # file: NAME}: an inspection's dataset files. */
    CSV_BUNDLE("csv bundle"),
    /** Nothing that can be imported (the reason is given with it). */
    REFUSED("refused");

    private final String label;

    EntryKind(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
