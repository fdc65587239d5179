package org.probation.analytics.importing.pdf;

import java.util.List;

/**
 * A line as printed on a page: its baseline, main font size and weight, and its text cut into segments where a
 * gap wider than a word space separates them (the cells of a table row); {@code line} counts from the page top.
 */
record PhysicalLine(int page, int line, float y, float size, boolean bold, List<Segment> segments) {

    /** Words on a line with no wide gap between them; footnote markers as {@code <sup>n</sup>}. */
    record Segment(float x0, float x1, String text, boolean bold, List<Word> words) {}

    /** A word and its horizontal extent. */
    record Word(float x0, float x1, String text) {}

    float x0() {
        return segments.getFirst().x0();
    }

    float x1() {
        return segments.getLast().x1();
    }

    String text() {
        StringBuilder b = new StringBuilder();
        for (Segment s : segments) {
            b.append(b.isEmpty() ? "" : " ").append(s.text());
        }
        return b.toString();
    }
}
