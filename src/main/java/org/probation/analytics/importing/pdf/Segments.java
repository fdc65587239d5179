package org.probation.analytics.importing.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a printed line (characters left to right) into words and the words into segments: a gap of at least a
 * font size, and at least two and a half times the line's usual word space, separates table cells; justified
 * prose stretches every space of a line alike, so it stays one segment.
 */
final class Segments {

    /** A gap wider than this share of the font size (and not a space character) ends a word. */
    private static final float WORD_GAP = 0.12f;

    private static final java.util.regex.Pattern BULLET = java.util.regex.Pattern.compile("[•▪■◦●○◆◇►▸‣⁃∙·o\\-–—*]");

    private record Word(float x0, float x1, StringBuilder text, int bold, int all) {}

    private Segments() {}

    static List<PhysicalLine.Segment> of(List<Glyph> row) {
        List<Word> words = words(row);
        if (words.isEmpty()) {
            return List.of();
        }
        float size = LineBuilder.mainSize(row);
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            gaps.add(words.get(i).x0() - words.get(i - 1).x1());
        }
        float usual = median(gaps);
        List<PhysicalLine.Segment> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= words.size(); i++) {
            boolean end = i == words.size();
            if (!end) {
                float gap = gaps.get(i - 1);
                end = gap >= 2.0f * size || gap >= size && gap >= 2.5f * usual;
            }
            if (end
                    && !(i - start == 1
                            && BULLET.matcher(words.get(start).text()).matches()
                            && i < words.size())) {
                // a list mark is set apart from its item by a tab stop: it stays with its item
                out.add(segment(words.subList(start, i)));
                start = i;
            }
        }
        return out;
    }

    private static List<Word> words(List<Glyph> row) {
        List<Word> words = new ArrayList<>();
        Glyph previous = null;
        for (Glyph g : row) {
            if (g.raised()) {
                continue;
            }
            if (g.isSpace()) {
                previous = null;
                continue;
            }
            if (previous == null || g.x() - previous.right() > WORD_GAP * g.size()) {
                words.add(new Word(g.x(), g.right(), new StringBuilder(), 0, 0));
            }
            Word w = words.getLast();
            w.text().append(g.text());
            words.set(
                    words.size() - 1,
                    new Word(w.x0(), g.right(), w.text(), w.bold() + (g.bold() ? 1 : 0), w.all() + 1));
            previous = g;
        }
        attachRaised(row, words);
        return words;
    }

    /** Each run of raised characters (a footnote marker) goes to the word it sits nearest, as {@code <sup>n</sup>}. */
    private static void attachRaised(List<Glyph> row, List<Word> words) {
        int i = 0;
        while (i < row.size()) {
            if (!row.get(i).raised() || row.get(i).isSpace()) {
                i++;
                continue;
            }
            StringBuilder marker = new StringBuilder();
            float x0 = row.get(i).x();
            float x1 = x0;
            while (i < row.size() && row.get(i).raised()) {
                marker.append(row.get(i).text().strip());
                x1 = row.get(i).right();
                i++;
            }
            String sup = "<sup>" + marker + "</sup>";
            Word before = null;
            Word after = null;
            for (Word w : words) {
                if (w.x1() <= x0 + 0.5f) {
                    before = w;
                } else if (after == null && w.x0() >= x1 - 0.5f) {
                    after = w;
                }
            }
            float near = row.get(Math.max(0, i - 1)).size() * 1.5f;
            boolean toBefore = before != null && x0 - before.x1() < near;
            boolean toAfter = after != null && after.x0() - x1 < near;
            // the marker widens its word: the gap it fills is no cell gap
            if (toBefore && (!toAfter || x0 - before.x1() <= after.x0() - x1)) {
                before.text().append(sup);
                words.set(words.indexOf(before), widened(before, x0, x1));
            } else if (toAfter) {
                after.text().insert(0, sup);
                words.set(words.indexOf(after), widened(after, x0, x1));
            } else {
                // far from any word on its line (over another column of a table): a word of its own
                words.add(new Word(x0, x1, new StringBuilder(sup), 0, 1));
            }
        }
    }

    private static Word widened(Word w, float x0, float x1) {
        return new Word(Math.min(w.x0(), x0), Math.max(w.x1(), x1), w.text(), w.bold(), w.all());
    }

    private static PhysicalLine.Segment segment(List<Word> words) {
        StringBuilder text = new StringBuilder();
        int bold = 0;
        int all = 0;
        List<PhysicalLine.Word> placed = new ArrayList<>();
        for (Word w : words) {
            text.append(text.isEmpty() ? "" : " ").append(w.text());
            bold += w.bold();
            all += w.all();
            placed.add(new PhysicalLine.Word(w.x0(), w.x1(), w.text().toString()));
        }
        return new PhysicalLine.Segment(
                words.getFirst().x0(), words.getLast().x1(), text.toString(), bold * 2 > all, placed);
    }

    private static float median(List<Float> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Float::compare);
        return sorted.get(sorted.size() / 2);
    }
}
