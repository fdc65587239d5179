package org.probation.analytics.importing.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Running headers, footers and page numbers: lines near the top or bottom edge of a page that are a page number,
 * or that recur (digits aside) on several pages. They are dropped so that a table running over a page break reads
 * as one table.
 */
final class PageFurniture {

    private static final Pattern PAGE_NUMBER =
            Pattern.compile("(?i)^(page\\s*)?\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?$|^[-–—]\\s*\\d{1,4}\\s*[-–—]$");
    /** The share of the page height at its top and bottom where headers and footers sit. */
    private static final float EDGE = 0.12f;
    /** How many lines at each edge are looked at. */
    private static final int DEPTH = 3;

    private PageFurniture() {}

    /** The lines of every page without its furniture; {@code dropped} receives how many were dropped. */
    static List<List<PhysicalLine>> strip(List<PageGlyphs.Page> pages, List<List<PhysicalLine>> lines, int[] dropped) {
        Map<String, Integer> recurring = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            for (PhysicalLine l : edgeLines(pages.get(p), lines.get(p))) {
                recurring.merge(key(l), 1, Integer::sum);
            }
        }
        int needed = Math.max(2, (int) Math.ceil(pages.size() * 0.2));
        // a table's heading row repeated on the pages it runs over is not a running header unless nearly every
        // page has it: its first appearance names the table's columns
        int neededForCells = Math.max(2, (int) Math.ceil(pages.size() * 0.5));
        List<List<PhysicalLine>> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<PhysicalLine> edge = edgeLines(pages.get(p), lines.get(p));
            List<PhysicalLine> kept = new ArrayList<>();
            for (PhysicalLine l : lines.get(p)) {
                boolean furniture = edge.contains(l)
                        && (PAGE_NUMBER.matcher(l.text().strip()).matches()
                                || recurring.get(key(l)) >= (l.segments().size() > 1 ? neededForCells : needed));
                if (furniture) {
                    dropped[0]++;
                } else {
                    kept.add(l);
                }
            }
            out.add(kept);
        }
        return out;
    }

    private static List<PhysicalLine> edgeLines(PageGlyphs.Page page, List<PhysicalLine> lines) {
        List<PhysicalLine> edge = new ArrayList<>();
        for (int i = 0; i < Math.min(DEPTH, lines.size()); i++) {
            if (lines.get(i).y() < EDGE * page.height()) {
                edge.add(lines.get(i));
            }
        }
        for (int i = Math.max(0, lines.size() - DEPTH); i < lines.size(); i++) {
            PhysicalLine l = lines.get(i);
            if (l.y() > (1 - EDGE) * page.height() && !edge.contains(l)) {
                edge.add(l);
            }
        }
        return edge;
    }

    /** A line's text with its digits folded, so "Page 3" and "Page 4" recur as one, and its size. */
    private static String key(PhysicalLine l) {
        // the size too: a title on the cover is no running head even when its words are
        return l.text().replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip() + " @" + Math.round(l.size());
    }
}
