package org.probation.analytics.importing.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a page's characters into printed lines: characters on one baseline, superscripts (smaller, raised a
 * little) joined to the line they mark; words where the gap between characters exceeds a fraction of the font
 * size; segments (table cells) where a gap is far wider than the line's word spaces.
 */
final class LineBuilder {

    private LineBuilder() {}

    static List<PhysicalLine> lines(PageGlyphs.Page page) {
        List<List<Glyph>> rows = baselines(page.glyphs());
        attachSuperscripts(rows);
        List<PhysicalLine> out = new ArrayList<>();
        for (List<Glyph> row : rows) {
            row.sort(Comparator.comparingDouble(Glyph::x));
            List<PhysicalLine.Segment> segments = Segments.of(row);
            if (segments.isEmpty()) {
                continue;
            }
            float size = mainSize(row);
            long bold = row.stream().filter(g -> !g.isSpace() && g.bold()).count();
            long all = row.stream().filter(g -> !g.isSpace()).count();
            out.add(new PhysicalLine(page.number(), out.size() + 1, baseline(row), size, bold * 2 > all, segments));
        }
        return out;
    }

    /** Characters whose baselines agree (within a fifth of their size) form one row; rows top to bottom. */
    private static List<List<Glyph>> baselines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> rows = new ArrayList<>();
        for (Glyph g : sorted) {
            List<Glyph> last = rows.isEmpty() ? null : rows.getLast();
            if (last != null && Math.abs(baseline(last) - g.y()) <= 0.2f * Math.max(g.size(), mainSize(last))) {
                last.add(g);
            } else {
                List<Glyph> row = new ArrayList<>();
                row.add(g);
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * A short row of small characters just above a row of larger ones, within its width, is that row's footnote
     * markers (e.g. "safe?¹⁰"): its characters join the row below, marked raised.
     */
    private static void attachSuperscripts(List<List<Glyph>> rows) {
        for (int i = 0; i + 1 < rows.size(); i++) {
            List<Glyph> small = rows.get(i);
            List<Glyph> below = rows.get(i + 1);
            float size = mainSize(small);
            float mainSize = mainSize(below);
            float rise = baseline(below) - baseline(small);
            boolean marks = small.stream()
                            .allMatch(g -> g.isSpace()
                                    || Character.isLetterOrDigit(g.text().charAt(0)))
                    && small.stream().filter(g -> !g.isSpace()).count() <= 6;
            if (marks && size < 0.85f * mainSize && rise > 0.1f * mainSize && rise < 0.75f * mainSize) {
                small.forEach(g -> below.add(g.asRaised()));
                rows.remove(i);
                i--;
            }
        }
        // raised characters inside a row (a smaller size on a baseline within the tolerance) are markers too
        for (List<Glyph> row : rows) {
            float size = mainSize(row);
            float base = baseline(row);
            row.replaceAll(g -> !g.raised()
                            && g.size() < 0.85f * size
                            && base - g.y() > 0.1f * size
                            && Character.isDigit(g.text().charAt(0))
                    ? g.asRaised()
                    : g);
        }
    }

    /** The size most of the row's characters are set in. */
    static float mainSize(List<Glyph> row) {
        java.util.Map<Float, Integer> counts = new java.util.HashMap<>();
        for (Glyph g : row) {
            if (!g.isSpace()) {
                counts.merge(Math.round(g.size() * 2) / 2f, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(java.util.Map.Entry.<Float, Integer>comparingByValue()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .map(java.util.Map.Entry::getKey)
                .orElse(row.isEmpty() ? 10f : row.getFirst().size());
    }

    /** The baseline of the row's main-size characters. */
    private static float baseline(List<Glyph> row) {
        float size = mainSize(row);
        double sum = 0;
        int n = 0;
        for (Glyph g : row) {
            if (!g.raised() && Math.abs(g.size() - size) < 0.6f) {
                sum += g.y();
                n++;
            }
        }
        return n == 0 ? row.getFirst().y() : (float) (sum / n);
    }
}
