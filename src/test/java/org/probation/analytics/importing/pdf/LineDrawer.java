package org.probation.analytics.importing.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;
import org.probation.analytics.importing.pdf.LineBreaker.Line;
import org.probation.analytics.importing.pdf.LineBreaker.Piece;
import org.probation.analytics.importing.pdf.LineBreaker.Word;
import org.probation.analytics.importing.pdf.PdfLayout.Geometry;

/**
 * Prints a line of words. Either every word placed on its own (no space characters in the page: a reader has to
 * see the gaps), or the line as strings with their spaces, one per change of font, size or baseline. Superscripts
 * are raised either with the text-rise operator or by placing them on a raised baseline.
 */
final class LineDrawer {

    enum Align {
        LEFT,
        RIGHT,
        JUSTIFY
    }

    private final Geometry g;

    LineDrawer(Geometry g) {
        this.g = g;
    }

    void draw(PDPageContentStream cs, Line line, float x, float baseline, float width, Align align) {
        if (line.words().isEmpty()) {
            return;
        }
        try {
            float start = align == Align.RIGHT ? x + width - line.width() : x;
            float extra = 0;
            if (align == Align.JUSTIFY && !line.last() && line.words().size() > 1) {
                extra = (width - line.width()) / (line.words().size() - 1);
            }
            List<float[]> underlines = new ArrayList<>();
            cs.beginText();
            if (g.wordByWord() || extra > 0) {
                float at = start;
                for (Word w : line.words()) {
                    show(cs, w.pieces(), at, baseline, underlines);
                    at += w.width() + w.space() + extra;
                }
            } else {
                show(cs, withSpaces(line), start, baseline, underlines);
            }
            cs.endText();
            for (float[] u : underlines) {
                cs.setLineWidth(0.5f);
                cs.moveTo(u[0], u[2]);
                cs.lineTo(u[1], u[2]);
                cs.stroke();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line's pieces with a space after each word but the last, merged where font, size and rise agree. */
    private static List<Piece> withSpaces(Line line) {
        List<Piece> out = new ArrayList<>();
        List<Word> words = line.words();
        for (int i = 0; i < words.size(); i++) {
            List<Piece> pieces = new ArrayList<>(words.get(i).pieces());
            if (i < words.size() - 1) {
                Piece last = pieces.removeLast();
                pieces.add(new Piece(
                        last.text() + " ",
                        last.font(),
                        last.size(),
                        last.rise(),
                        last.underline(),
                        last.width() + words.get(i).space()));
            }
            for (Piece p : pieces) {
                Piece prev = out.isEmpty() ? null : out.getLast();
                if (prev != null
                        && prev.font() == p.font()
                        && prev.size() == p.size()
                        && prev.rise() == p.rise()
                        && prev.underline() == p.underline()) {
                    out.set(
                            out.size() - 1,
                            new Piece(
                                    prev.text() + p.text(),
                                    p.font(),
                                    p.size(),
                                    p.rise(),
                                    p.underline(),
                                    prev.width() + p.width()));
                } else {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private void show(PDPageContentStream cs, List<Piece> pieces, float x, float baseline, List<float[]> underlines)
            throws IOException {
        float at = x;
        PDFont font = null;
        float size = -1;
        for (Piece p : pieces) {
            if (p.font() != font || p.size() != size) {
                cs.setFont(p.font(), p.size());
                font = p.font();
                size = p.size();
            }
            if (g.riseOperator()) {
                cs.setTextMatrix(Matrix.getTranslateInstance(at, baseline));
                cs.setTextRise(p.rise());
            } else {
                cs.setTextMatrix(Matrix.getTranslateInstance(at, baseline + p.rise()));
            }
            cs.showText(p.text());
            if (p.rise() != 0 && g.riseOperator()) {
                cs.setTextRise(0);
            }
            if (p.underline()) {
                underlines.add(new float[] {at, at + p.width(), baseline - 1.5f});
            }
            at += p.width();
        }
    }
}
