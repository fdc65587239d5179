package org.probation.analytics.importing.pdf;

/** A place in a PDF: the page (1-based) and the line on that page, counted from its top (1-based). */
public record PdfLine(int page, int line) {

    @Override
    public String toString() {
        return "page " + page + " line " + line;
    }
}
