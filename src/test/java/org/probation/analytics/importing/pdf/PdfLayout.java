package org.probation.analytics.importing.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * How a seed report is typeset into a PDF. Two PDFBox layouts of different geometry and one LibreOffice Writer
 * layout (the seed rendered as HTML and converted by {@code soffice}).
 */
public enum PdfLayout {

    /**
     * A4 portrait, margins 56 pt (top 64, bottom 60), body Liberation Sans 10 pt on 13 pt lines, left-aligned;
     * headings Helvetica-Bold 18/14/12 pt; tables the full text width: value columns 55 pt (wider if a word needs
     * it), values right-aligned at the top of their cell, the label column takes the rest; heading row shaded, not
     * repeated after a page break; rules drawn; running head (the report's title, 8 pt) on every page but the
     * first, footer "Page N" at the right.
     */
    PDFBOX_WIDE(new Geometry(
            PDRectangle.A4,
            56,
            56,
            64,
            60,
            10,
            13,
            new float[] {18, 14, 12},
            8,
            false,
            false,
            false,
            true,
            Float.MAX_VALUE,
            55,
            true,
            false,
            false,
            4,
            3,
            false,
            false)),

    /**
     * US Letter portrait with wide margins (90 pt each side: a 432 pt text width), body Liberation Sans 11 pt on
     * 14.5 pt lines, justified, long words hyphenated at line ends; headings 20/15/12.5 pt; footnote markers raised
     * with the text-rise operator; tables only as wide as they need: the label column at most 190 pt (questions
     * wrap over 2 to 4 lines), value columns 60 pt, every cell's text at the bottom of its cell (a value beside
     * its question's last line), heading row repeated on each page a table continues on; no rules; running heads
     * alternate (even pages: "Inspection of probation services: title" at the left; odd pages: "HM Inspectorate
     * of Probation" at the right); footer the bare page number, centred. Text is placed word by word.
     */
    PDFBOX_NARROW(new Geometry(
            PDRectangle.LETTER,
            90,
            90,
            72,
            64,
            11,
            14.5f,
            new float[] {20, 15, 12.5f},
            9,
            true,
            true,
            true,
            false,
            190,
            60,
            false,
            true,
            true,
            3,
            3,
            true,
            true)),

    /** The seed as HTML (h1-h3, p, table/th/td, sup, b), converted to PDF by LibreOffice Writer: see {@link HtmlReport}. */
    LIBREOFFICE(null);

    private final Geometry geometry;

    PdfLayout(Geometry geometry) {
        this.geometry = geometry;
    }

    /** The PDFBox geometry; null for {@link #LIBREOFFICE}. */
    Geometry geometry() {
        return geometry;
    }

    /**
     * Page and text geometry of a PDFBox layout (sizes in points).
     *
     * @param headingSizes font sizes of heading levels 1, 2, 3
     * @param justify paragraphs justified (spaces stretched), else left-aligned
     * @param hyphenate long words hyphenated at paragraph line ends
     * @param wordByWord every word placed on its own, no space characters (else a line is one string per font)
     * @param drawRules a {@code ---} line drawn as a rule (else left out)
     * @param labelMax widest a table's label column may be
     * @param valueWidth width of a value column (percentages, ratings)
     * @param stretchTables tables take the full text width (the label column grows)
     * @param bottomAligned cell text at the bottom of its cell, else at the top
     * @param repeatHeadingRow a table's heading row repeated on each page it continues on
     * @param riseOperator superscripts raised with the text-rise operator, else by moving the baseline
     * @param alternatingHeads running heads differ on odd and even pages; footer is the bare number, centred
     */
    record Geometry(
            PDRectangle page,
            float marginLeft,
            float marginRight,
            float marginTop,
            float marginBottom,
            float bodySize,
            float leading,
            float[] headingSizes,
            float footnoteSize,
            boolean justify,
            boolean hyphenate,
            boolean wordByWord,
            boolean drawRules,
            float labelMax,
            float valueWidth,
            boolean stretchTables,
            boolean bottomAligned,
            boolean repeatHeadingRow,
            float cellPadX,
            float cellPadY,
            boolean riseOperator,
            boolean alternatingHeads) {

        float textWidth() {
            return page.getWidth() - marginLeft - marginRight;
        }

        float top() {
            return page.getHeight() - marginTop;
        }
    }
}
