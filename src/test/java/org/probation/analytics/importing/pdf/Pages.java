package org.probation.analytics.importing.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.probation.analytics.importing.pdf.PdfLayout.Geometry;

/**
 * The pages of a document being typeset: the current page's content stream, how far down it is filled, and its
 * running head and footer (drawn when the page is started).
 */
final class Pages implements AutoCloseable {

    private static final float HEAD_SIZE = 8;
    private static final String INSPECTORATE = "HM Inspectorate of Probation";

    private final PDDocument doc;
    private final Geometry g;
    private final FontSet fonts;
    private final String title;
    private PDPageContentStream cs;
    private int number;
    private float y;
    private boolean empty = true;

    Pages(PDDocument doc, Geometry g, FontSet fonts, String title) {
        this.doc = doc;
        this.g = g;
        this.fonts = fonts;
        this.title = title;
    }

    PDPageContentStream stream() {
        if (cs == null) {
            newPage();
        }
        return cs;
    }

    /** The top of what is left of the page. */
    float y() {
        stream();
        return y;
    }

    /** Moves down; the page now has content. */
    void down(float by) {
        y -= by;
        empty = false;
    }

    /** Leaves a gap, unless at the top of a page. */
    void gap(float by) {
        if (cs != null && !empty) {
            y -= by;
        }
    }

    boolean fits(float height) {
        return y() - height >= g.marginBottom();
    }

    /** Starts a new page unless {@code height} fits on this one (or this one is still empty). */
    void ensure(float height) {
        if (!fits(height) && !empty) {
            newPage();
        }
    }

    boolean atTop() {
        return cs == null || empty;
    }

    void newPage() {
        close();
        PDPage page = new PDPage(g.page());
        doc.addPage(page);
        number++;
        y = g.top();
        empty = true;
        try {
            cs = new PDPageContentStream(doc, page);
            heads();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void heads() throws IOException {
        PDFont f = fonts.regular();
        float width = g.page().getWidth();
        float headY = g.page().getHeight() - g.marginTop() / 2;
        float footY = g.marginBottom() / 2;
        cs.setNonStrokingColor(0.35f);
        if (g.alternatingHeads()) {
            if (number % 2 == 0) {
                text("Inspection of probation services: " + title, f, HEAD_SIZE, g.marginLeft(), headY);
            } else if (number > 1) {
                float w = FontSet.width(f, INSPECTORATE, HEAD_SIZE);
                text(INSPECTORATE, f, HEAD_SIZE, width - g.marginRight() - w, headY);
            }
            String n = String.valueOf(number);
            text(n, f, HEAD_SIZE + 1, (width - FontSet.width(f, n, HEAD_SIZE + 1)) / 2, footY);
        } else {
            if (number > 1) {
                text(title, f, HEAD_SIZE, g.marginLeft(), headY);
                cs.setStrokingColor(0.6f);
                cs.setLineWidth(0.4f);
                cs.moveTo(g.marginLeft(), headY - 4);
                cs.lineTo(width - g.marginRight(), headY - 4);
                cs.stroke();
            }
            String page = "Page " + number;
            text(page, f, HEAD_SIZE + 1, width - g.marginRight() - FontSet.width(f, page, HEAD_SIZE + 1), footY);
        }
        cs.setNonStrokingColor(0f);
    }

    private void text(String s, PDFont f, float size, float x, float baseline) throws IOException {
        cs.beginText();
        cs.setFont(f, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(s);
        cs.endText();
    }

    /** A horizontal rule across the text width at {@code at}. */
    void rule(float at) {
        try {
            cs.setStrokingColor(0.5f);
            cs.setLineWidth(0.5f);
            cs.moveTo(g.marginLeft(), at);
            cs.lineTo(g.marginLeft() + g.textWidth(), at);
            cs.stroke();
            cs.setStrokingColor(0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (cs != null) {
            try {
                cs.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cs = null;
        }
    }
}
