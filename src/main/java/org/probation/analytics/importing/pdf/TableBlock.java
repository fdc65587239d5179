package org.probation.analytics.importing.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rows of one printed table as the report's text has them: a row's wrapped lines joined (its values may sit on
 * the first, a middle or the last of them), then its cells placed in the table's columns, separated by tabs.
 */
final class TableBlock {

    /** An item code or list mark opening a row: "2.1.1.", "1.", "•". */
    static final Pattern OPENS_ROW =
            Pattern.compile("^(\\d{1,2}\\.(\\s|$)|\\d{1,2}(\\.\\d{1,2}){1,3}\\.?(\\s|$)|[•▪■◦●\\-–]\\s)");

    private static final Pattern VALUE = Pattern.compile(
            "(?i)^\\d{1,3}(\\.\\d+)?\\s*%\\s*\\**(<sup>\\d+</sup>)?$|^(outstanding|good|requires\\s+improvement"
                    + "|inadequate)\\W*(<sup>\\d+</sup>)?$|^\\d{1,3}\\s*/\\s*\\d{1,3}$");

    /** A word of a row's cells and the line of the row it is on. */
    record Piece(int line, int segment, PhysicalLine.Word word) {

        boolean isValue() {
            return VALUE.matcher(word.text()).matches();
        }
    }

    /** A cell of a value column: its horizontal extent and text. */
    record Cell(float x0, float x1, String text) {
        boolean isValue() {
            return VALUE.matcher(text.strip()).matches();
        }
    }

    /** A row being gathered: its label, cells, the line it starts on and the line it has reached. */
    static final class Row {
        String label;
        final boolean labelBold;
        final List<Cell> cells = new ArrayList<>();
        /** The words right of the label, each with the number of the row's line it is on (0 for the first). */
        final List<Piece> pieces = new ArrayList<>();

        private int lineCount;
        final PhysicalLine first;
        PhysicalLine last;

        Row(PhysicalLine line, TableBlock table, Joiner joiner) {
            first = line;
            last = line;
            label = "";
            labelBold = line.segments().getFirst().bold();
            add(line, table, joiner);
        }

        void add(PhysicalLine line, TableBlock table, Joiner joiner) {
            List<PhysicalLine.Segment> segments = line.segments();
            int from = 0;
            if (table.isLabel(line)) {
                label = joiner.join(label, segments.getFirst().text());
                from = 1;
            }
            for (PhysicalLine.Segment s : segments.subList(from, segments.size())) {
                int segment = segments.indexOf(s) + 100 * lineCount;
                s.words().forEach(w -> pieces.add(new Piece(lineCount, segment, w)));
                Cell into = overlapping(s.x0(), s.x1());
                if (into == null) {
                    cells.add(new Cell(s.x0(), s.x1(), s.text()));
                } else {
                    cells.set(
                            cells.indexOf(into),
                            new Cell(
                                    Math.min(into.x0(), s.x0()),
                                    Math.max(into.x1(), s.x1()),
                                    joiner.join(into.text(), s.text())));
                }
            }
            last = line;
            lineCount++;
        }

        Cell overlapping(float x0, float x1) {
            for (Cell c : cells) {
                if (x0 < c.x1() + 1 && x1 > c.x0() - 1) {
                    return c;
                }
            }
            return null;
        }

        boolean hasValue() {
            return cells.stream().anyMatch(Cell::isValue);
        }
    }

    /** Wrapped lines of one cell, or of one paragraph, lie at most this many font sizes apart. */
    static final float TIGHT = 1.5f;

    final List<Row> rows = new ArrayList<>();

    /** The least baseline distance yet seen between a row's last line and the next row's first, on one page. */
    private float rowGap = Float.MAX_VALUE;

    /** Starts a row at the line, after the row before (null for the table's first). */
    Row startRow(PhysicalLine line, Row before, Joiner joiner) {
        if (before != null && before.last.page() == line.page()) {
            rowGap = Math.min(rowGap, line.y() - before.last.y());
        }
        Row row = new Row(line, this, joiner);
        rows.add(row);
        return row;
    }

    /** The table's left edge: where its labels start. */
    private final float left;

    TableBlock(float left) {
        this.left = left;
    }

    float left() {
        return left;
    }

    /**
     * True when each value on the line lines up (left, right or centre) with a value of the rows above, or stands under
     * words of the rows above that have no value below them yet (a column heading); or when there are no values yet.
     */
    boolean valuesFit(PhysicalLine n) {
        List<float[]> values = new ArrayList<>();
        List<float[]> others = new ArrayList<>();
        rows.forEach(r -> r.pieces.forEach(p -> (p.isValue() ? values : others)
                .add(new float[] {p.word().x0(), p.word().x1()})));
        if (values.isEmpty()) {
            return true;
        }
        for (PhysicalLine.Segment s : n.segments()) {
            for (PhysicalLine.Word w : s.words()) {
                if (!VALUE.matcher(w.text()).matches()) {
                    continue;
                }
                boolean aligned = values.stream()
                        .anyMatch(v -> Math.abs(v[0] - w.x0()) < 2
                                || Math.abs(v[1] - w.x1()) < 2
                                || Math.abs(v[0] + v[1] - w.x0() - w.x1()) < 4);
                boolean underHeading = others.stream()
                        .anyMatch(o -> w.x0() < o[1]
                                && w.x1() > o[0]
                                && values.stream().noneMatch(v -> v[0] < o[1] && v[1] > o[0]));
                if (!aligned && !underHeading) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when the line starts with a label: at the table's left edge, not in a column to its right. */
    boolean isLabel(PhysicalLine l) {
        return l.x0() < left + 1.2f * l.size();
    }

    /** Where the label column ends: the left edge of the leftmost value column seen, or the page's right edge. */
    float labelRight(Layout layout, int page) {
        return rows.stream()
                .flatMap(r -> r.cells.stream())
                .map(Cell::x0)
                .min(Float::compare)
                .orElse(layout.left(page) + layout.width(page));
    }

    /** Whether the line carries on the row above rather than starting one. */
    static boolean continues(Row r, PhysicalLine n, TableBlock table) {
        if (r == null) {
            return false;
        }
        if (n.page() == r.last.page() && n.y() - r.last.y() > TIGHT * n.size()) {
            return false; // more than a line's leading below: the next row, whatever its words
        }
        if (!table.isLabel(n)) {
            if (n.page() != r.last.page() && !r.label.isEmpty() && !unfinished(r.label)) {
                return false; // a finished row at a page's foot: what heads the next page is a row of its own
            }
            // values or column headings alone on a line: the row's, unless it already has a value in that column
            for (PhysicalLine.Segment s : n.segments()) {
                Cell c = r.overlapping(s.x0(), s.x1());
                if (c != null && c.isValue()) {
                    return false;
                }
            }
            return !r.label.isEmpty() || !r.hasValue();
        }
        if (r.label.isEmpty()) {
            // column headings (or values) above the row's label, set at the foot of its cell
            return !r.hasValue() && n.page() == r.last.page();
        }
        String label = n.segments().getFirst().text();
        if (OPENS_ROW.matcher(label).find()) {
            return false;
        }
        if (r.labelBold != n.segments().getFirst().bold()) {
            return false;
        }
        boolean tight = n.page() == r.last.page() && n.y() - r.last.y() <= 1.3f * n.size();
        if (tight && r.cells.isEmpty() && n.segments().size() > 1) {
            return true; // set as the next line of one cell: the row's values sit on its last line
        }
        if (tight && !r.cells.isEmpty() && !r.hasValue() && unfinished(r.label)) {
            return true; // a heading row wrapped: its label and column headings go on below
        }
        char c = label.charAt(0);
        if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
            return true;
        }
        if (tight && n.y() - r.last.y() + 2 < table.rowGap) {
            return true; // closer than any two rows of this table have been: a wrapped line of this row
        }
        return r.cells.isEmpty() && unfinished(r.label);
    }

    static boolean unfinished(String text) {
        String t = text.replaceAll("<sup>\\d+</sup>", "").strip();
        return t.isEmpty() || ".?!:".indexOf(t.charAt(t.length() - 1)) < 0;
    }
}
