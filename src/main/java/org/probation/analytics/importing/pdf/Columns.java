package org.probation.analytics.importing.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value columns of a table: the horizontal extents its words share, word by word, so that values set close
 * together ("81% 60%") and column headings wrapped side by side ("Post-release All" over "sentences cases") fall
 * into their own columns. Words closer than a word space belong to one cell. A table continued after a page break
 * or a footnote keeps the columns it had when its words still fall in them, so that a part with some columns empty
 * keeps each value under its own heading.
 */
final class Columns {

    private final List<float[]> spans;

    private Columns(List<float[]> spans) {
        this.spans = spans;
    }

    static Columns of(List<TableBlock.Row> rows, Columns previous) {
        List<float[]> values = merge(rows.stream()
                .flatMap(r -> r.pieces.stream())
                .filter(TableBlock.Piece::isValue)
                .map(p -> new float[] {p.word().x0(), p.word().x1()})
                .toList());
        List<float[]> intervals = new ArrayList<>(values);
        List<List<PhysicalLine.Word>> runs = new ArrayList<>();
        for (TableBlock.Row r : rows) {
            Map<Integer, List<PhysicalLine.Word>> bySegment = new LinkedHashMap<>();
            r.pieces.stream()
                    .filter(p -> !p.isValue())
                    .forEach(p -> bySegment
                            .computeIfAbsent(p.segment(), k -> new ArrayList<>())
                            .add(p.word()));
            runs.addAll(bySegment.values());
        }
        float wide = wideGap(runs);
        for (List<PhysicalLine.Word> segmentRun : runs) {
            // the other words of a segment make one interval per stretch between gaps wider than its word
            // spaces (cells set close together); a stretch over two value columns (headings wrapped side by side,
            // "Post-release All") is cut into that many groups at its widest gaps
            for (List<PhysicalLine.Word> run : cut(segmentRun, wide)) {
                float[] span = {run.getFirst().x0(), run.getLast().x1()};
                long over = values.stream().filter(v -> overlap(v, span) > 0).count();
                if (over > 1) {
                    for (List<PhysicalLine.Word> group : split(run, (int) over)) {
                        float[] g = {group.getFirst().x0(), group.getLast().x1()};
                        float[] v = nearest(values, g);
                        intervals.add(new float[] {Math.min(v[0], g[0]), Math.max(v[1], g[1])});
                    }
                } else {
                    intervals.add(span);
                }
            }
        }
        Columns own = new Columns(merge(intervals));
        return previous != null && own.fits(previous) && previous.holds(rows) ? previous : own;
    }

    /** A gap this wide between two words of a cell's segment parts two cells: nearly twice the usual word space. */
    private static float wideGap(List<List<PhysicalLine.Word>> runs) {
        List<Float> gaps = new ArrayList<>();
        for (List<PhysicalLine.Word> run : runs) {
            for (int i = 1; i < run.size(); i++) {
                gaps.add(run.get(i).x0() - run.get(i - 1).x1());
            }
        }
        if (gaps.isEmpty()) {
            return 5f;
        }
        gaps.sort(Float::compare);
        return Math.max(3f, 1.8f * gaps.get(gaps.size() / 2));
    }

    private static List<List<PhysicalLine.Word>> cut(List<PhysicalLine.Word> run, float wide) {
        List<List<PhysicalLine.Word>> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= run.size(); i++) {
            if (i == run.size() || run.get(i).x0() - run.get(i - 1).x1() > wide) {
                out.add(run.subList(from, i));
                from = i;
            }
        }
        return out;
    }

    /** True when every word of the rows falls within one of these columns. */
    private boolean holds(List<TableBlock.Row> rows) {
        return rows.stream()
                .flatMap(r -> r.pieces.stream())
                .allMatch(p -> spans.stream()
                        .anyMatch(sp ->
                                overlap(sp, new float[] {p.word().x0(), p.word().x1()}) > 0));
    }

    /** True when each of these columns lies in its own one of the other's (a part of that table, some columns empty). */
    private boolean fits(Columns other) {
        List<Integer> used = new ArrayList<>();
        for (float[] span : spans) {
            List<Integer> hits = new ArrayList<>();
            for (int i = 0; i < other.spans.size(); i++) {
                if (overlap(span, other.spans.get(i)) > 0) {
                    hits.add(i);
                }
            }
            if (hits.size() != 1 || used.contains(hits.getFirst())) {
                return false;
            }
            used.add(hits.getFirst());
        }
        return !spans.isEmpty();
    }

    /** Intervals that overlap joined, left to right. */
    private static List<float[]> merge(List<float[]> intervals) {
        List<float[]> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparingDouble(i -> i[0]));
        List<float[]> out = new ArrayList<>();
        for (float[] i : sorted) {
            float[] last = out.isEmpty() ? null : out.getLast();
            if (last != null && i[0] < last[1] + 0.5f) {
                last[1] = Math.max(last[1], i[1]);
            } else {
                out.add(new float[] {i[0], i[1]});
            }
        }
        return out;
    }

    /** The words cut into this many groups at the widest gaps between them (headings over that many columns). */
    private static List<List<PhysicalLine.Word>> split(List<PhysicalLine.Word> run, int groups) {
        List<Integer> cuts = new ArrayList<>();
        for (int i = 1; i < run.size(); i++) {
            cuts.add(i);
        }
        cuts.sort(
                Comparator.comparingDouble(i -> run.get(i - 1).x1() - run.get(i).x0()));
        List<Integer> chosen = new ArrayList<>(cuts.subList(0, Math.min(groups - 1, cuts.size())));
        chosen.sort(Integer::compare);
        List<List<PhysicalLine.Word>> out = new ArrayList<>();
        int from = 0;
        for (int cut : chosen) {
            out.add(run.subList(from, cut));
            from = cut;
        }
        out.add(run.subList(from, run.size()));
        return out;
    }

    /** The value column a span stands over most, or failing that the one nearest it. */
    private static float[] nearest(List<float[]> values, float[] w) {
        float[] best = values.getFirst();
        float distance = Float.MAX_VALUE;
        for (float[] v : values) {
            float d = -overlap(v, w);
            if (d < distance) {
                distance = d;
                best = v;
            }
        }
        return best;
    }

    private static float overlap(float[] a, float[] b) {
        return Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
    }

    /** The column a word falls in (the most overlap), or failing that the nearest: no word is ever dropped. */
    private int index(PhysicalLine.Word w) {
        int best = -1;
        float most = -Float.MAX_VALUE;
        for (int i = 0; i < spans.size(); i++) {
            float overlap = Math.min(w.x1(), spans.get(i)[1]) - Math.max(w.x0(), spans.get(i)[0]);
            if (overlap > most) {
                most = overlap;
                best = i;
            }
        }
        return best;
    }

    /** The row as the report's text has it: label, then each column's words in reading order, tab-separated. */
    String line(TableBlock.Row row, Joiner joiner) {
        List<List<TableBlock.Piece>> slots = new ArrayList<>();
        spans.forEach(s -> slots.add(new ArrayList<>()));
        int filled = 0;
        for (TableBlock.Piece p : row.pieces) {
            int i = index(p.word());
            if (i >= 0) {
                slots.get(i).add(p);
                filled = Math.max(filled, i + 1);
            }
        }
        StringBuilder b = new StringBuilder(row.label);
        for (int i = 0; i < Math.max(1, filled); i++) {
            b.append('\t');
            if (i < slots.size()) {
                b.append(text(slots.get(i), joiner));
            }
        }
        return b.toString();
    }

    private static String text(List<TableBlock.Piece> pieces, Joiner joiner) {
        List<TableBlock.Piece> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingInt(TableBlock.Piece::line)
                .thenComparingDouble(p -> p.word().x0()));
        String out = "";
        int line = -1;
        for (TableBlock.Piece p : sorted) {
            out = line == p.line() || out.isEmpty()
                    ? (out.isEmpty() ? p.word().text() : out + " " + p.word().text())
                    : joiner.join(out, p.word().text());
            line = p.line();
        }
        return out;
    }
}
