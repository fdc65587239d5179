package org.probation.analytics.importing.pdf;

import java.util.List;

/**
 * A PDF report's text as the report parser reads it (one logical line per table row, paragraph or heading),
 * with the page and line of the PDF each text line starts at, and what could not be read (image-only pages,
 * charts): the limits listed in the preview.
 *
 * @param sources {@code sources.get(i)} is where text line {@code i + 1} comes from
 */
public record PdfText(String text, List<PdfLine> sources, int pages, List<String> limits) {

    public PdfText {
        sources = List.copyOf(sources);
        limits = List.copyOf(limits);
    }

    /** Where a text line (1-based) comes from; null for a line number outside the text. */
    public PdfLine source(int textLine) {
        return textLine >= 1 && textLine <= sources.size() ? sources.get(textLine - 1) : null;
    }
}
