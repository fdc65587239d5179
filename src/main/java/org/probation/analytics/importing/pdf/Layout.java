package org.probation.analytics.importing.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Measures of the whole document: the body text size, each page's left margin and text width, heading levels. */
final class Layout {

    final float body;
    private final Map<Integer, float[]> margins = new HashMap<>();
    private final List<Float> headingSizes = new ArrayList<>();

    Layout(List<PhysicalLine> lines) {
        Map<Float, Integer> chars = new HashMap<>();
        for (PhysicalLine l : lines) {
            chars.merge(round(l.size()), l.text().length(), Integer::sum);
        }
        body = chars.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(10f);
        Map<Integer, List<PhysicalLine>> byPage = new HashMap<>();
        lines.forEach(
                l -> byPage.computeIfAbsent(l.page(), p -> new ArrayList<>()).add(l));
        float[] whole = margins(lines);
        byPage.forEach((page, ls) -> {
            // a page with few lines (a title page, the end of a chapter) has the document's margins
            float[] own = ls.size() >= 15 ? margins(ls) : whole;
            margins.put(page, own);
        });
        lines.stream()
                .filter(this::isHeading)
                .map(l -> round(l.size()))
                .distinct()
                .sorted((a, b) -> Float.compare(b, a))
                .forEach(headingSizes::add);
    }

    private static float[] margins(List<PhysicalLine> ls) {
        List<Float> x0 = ls.stream().map(PhysicalLine::x0).sorted().toList();
        List<Float> x1 = ls.stream().map(PhysicalLine::x1).sorted().toList();
        float left = x0.get(x0.size() / 20);
        float right = x1.get(Math.min(x1.size() - 1, x1.size() * 19 / 20));
        return new float[] {left, Math.max(right - left, 1)};
    }

    boolean isHeading(PhysicalLine l) {
        return l.size() >= 1.15f * body && l.segments().size() == 1 && l.text().length() <= 120;
    }

    /** 1 for the largest heading size, 2 for the next, at most 3. */
    int headingLevel(PhysicalLine l) {
        return Math.min(3, headingSizes.indexOf(round(l.size())) + 1);
    }

    float left(int page) {
        return margins.getOrDefault(page, new float[] {0, 1})[0];
    }

    float width(int page) {
        return margins.getOrDefault(page, new float[] {0, 1})[1];
    }

    /** True when the line reaches (nearly) the right edge of the page's text: prose wrapped there, not ended. */
    boolean isFull(PhysicalLine l) {
        return l.x1() >= left(l.page()) + 0.8f * width(l.page());
    }

    /** True when the segment starts at the page's left margin (a label, or prose), not in a column to the right. */
    boolean atLeft(PhysicalLine l) {
        return l.x0() < left(l.page()) + 0.2f * width(l.page());
    }

    private static float round(float size) {
        return Math.round(size * 2) / 2f;
    }
}
