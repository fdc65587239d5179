package org.probation.analytics.importing.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A PDF's text lines as read top to bottom, with the position, size and font of every glyph. */
final class TextLines {

    /** @param page 1-based */
    record TextLine(int page, String text, List<TextPosition> glyphs) {

        /** The right edge of the line's last glyph, in points from the page's left. */
        float right() {
            TextPosition last = glyphs.getLast();
            return last.getXDirAdj() + last.getWidthDirAdj();
        }

        float left() {
            return glyphs.getFirst().getXDirAdj();
        }

        /** Distance of the line's top glyph baseline from the top of the page. */
        float y() {
            return glyphs.getFirst().getYDirAdj();
        }
    }

    private TextLines() {}

    static List<TextLine> of(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Collector c = new Collector();
            c.setSortByPosition(true);
            c.getText(doc);
            c.endLine();
            return c.lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Collector extends PDFTextStripper {
        final List<TextLine> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<TextPosition> glyphs = new ArrayList<>();

        @Override
        protected void writeString(String s, List<TextPosition> positions) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(s);
            glyphs.addAll(positions);
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void writePageEnd() {
            endLine();
        }

        void endLine() {
            if (!glyphs.isEmpty()) {
                lines.add(new TextLine(getCurrentPageNo(), text.toString(), List.copyOf(glyphs)));
            }
            text.setLength(0);
            glyphs.clear();
        }
    }
}
