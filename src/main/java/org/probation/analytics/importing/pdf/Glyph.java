package org.probation.analytics.importing.pdf;

/**
 * One character as placed on a page: left edge, baseline (from the top of the page), advance width, font size
 * in points, weight; {@code raised} once it is known to be a superscript (a footnote marker).
 */
record Glyph(float x, float y, float width, float size, boolean bold, String text, boolean raised) {

    float right() {
        return x + width;
    }

    boolean isSpace() {
        return text.isBlank();
    }

    Glyph asRaised() {
        return new Glyph(x, y, width, size, bold, text, true);
    }
}
