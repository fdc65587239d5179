package org.probation.analytics.importing.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a document's printed lines back into the report's text: a heading per line ({@code #} marks by size), a
 * paragraph per line (its wrapped lines joined, across a page break and the footnotes at its foot too), a table row
 * per line with its cells tab-separated, blank lines between blocks; with the page and line each text line starts at.
 */
final class TextAssembler {

    private final Layout layout;
    private final Joiner joiner;
    private final List<String> text = new ArrayList<>();
    private final List<PdfLine> sources = new ArrayList<>();

    /** A paragraph or heading being gathered; {@code at} its index in the text once emitted. */
    private static final class Block {
        String text;
        final PhysicalLine first;
        PhysicalLine last;
        final boolean heading;
        int at = -1;

        Block(PhysicalLine line, boolean heading) {
            this.text = line.text();
            this.first = line;
            this.last = line;
            this.heading = heading;
        }
    }

    private TextAssembler(Layout layout, Joiner joiner) {
        this.layout = layout;
        this.joiner = joiner;
    }

    static PdfText assemble(List<PhysicalLine> lines, int pages, List<String> limits) {
        TextAssembler a = new TextAssembler(new Layout(lines), new Joiner(lines));
        a.run(lines);
        return new PdfText(String.join("\n", a.text) + "\n", a.sources, pages, limits);
    }

    private void run(List<PhysicalLine> lines) {
        Block block = null;
        Block open = null; // a body paragraph broken off at a page's foot, that may go on after the footnotes
        TableBlock table = null;
        Columns columns = null;
        TableBlock.Row row = null;
        for (int i = 0; i < lines.size(); i++) {
            PhysicalLine n = lines.get(i);
            boolean heading = layout.isHeading(n);
            // inside a table a line is one of its rows when it has cells, or starts right of the table's labels
            boolean tabular =
                    table == null ? tabular(n) : !heading && (n.segments().size() > 1 || !table.isLabel(n));
            boolean continues = table != null && !heading && TableBlock.continues(row, n, table);
            if (table != null
                    && !heading
                    && (tabular || continues || inLabelColumn(table, n) && tableGoesOn(lines, i, table))) {
                if (continues) {
                    row.add(n, table, joiner);
                } else if (table.valuesFit(n)) {
                    row = table.startRow(n, row, joiner);
                } else {
                    // values off every column of the rows above: another table set right below this one
                    columns = emit(table, columns);
                    table = new TableBlock(table.left());
                    row = table.startRow(n, null, joiner);
                }
                continue;
            }
            if (table != null) {
                columns = emit(table, columns);
                table = null;
                row = null;
            }
            if (heading) {
                columns = null; // a new section: a table below it has columns of its own
            }
            if (tabular || !heading && startsTable(lines, i)) {
                emit(block);
                block = null;
                table = new TableBlock(layout.atLeft(n) ? n.x0() : layout.left(n.page()));
                row = table.startRow(n, null, joiner);
                continue;
            }
            if (block != null && joins(block, n)) {
                block.text = joiner.join(block.text, n.text());
                block.last = n;
                continue;
            }
            if (!heading
                    && open != null
                    && n.page() == open.last.page() + 1
                    && block != null
                    && block.first.size() < open.first.size() - 0.4f
                    && joins(open, n)) {
                emit(block); // the footnotes stay where they were; the paragraph goes on
                block = null;
                open.text = joiner.join(open.text, n.text());
                open.last = n;
                text.set(open.at, open.text);
                continue;
            }
            emit(block);
            if (block != null && !block.heading && layout.isFull(block.last) && TableBlock.unfinished(block.text)) {
                open = block;
            } else if (block != null && !block.heading && block.first.size() >= layout.body - 0.4f) {
                open = null;
            }
            block = new Block(n, heading);
        }
        if (table != null) {
            emit(table, columns);
        }
        emit(block);
    }

    private boolean inLabelColumn(TableBlock table, PhysicalLine n) {
        return table.isLabel(n) && n.x1() < table.labelRight(layout, n.page()) - 1;
    }

    /**
     * A short line at the left margin starts a table when table rows follow it, through at most a few more short
     * lines: a row label whose values sit on a later line of the row, or a heading row above rows with values.
     */
    private boolean startsTable(List<PhysicalLine> lines, int from) {
        PhysicalLine n = lines.get(from);
        if (layout.isFull(n)) {
            return false;
        }
        for (int j = from + 1; j < Math.min(lines.size(), from + 5); j++) {
            PhysicalLine m = lines.get(j);
            PhysicalLine above = lines.get(j - 1);
            if (m.page() != above.page() || m.y() - above.y() > TableBlock.TIGHT * m.size() || layout.isHeading(m)) {
                return false; // only lines set as one row's wrapped lines make it a row
            }
            if (tabular(m)) {
                List<PhysicalLine.Segment> s = m.segments();
                float values = layout.atLeft(m) ? s.get(1).x0() : s.getFirst().x0();
                return n.x1() < values - 1;
            }
            if (layout.isFull(m)) {
                return false;
            }
        }
        return false;
    }

    private boolean tabular(PhysicalLine n) {
        return !layout.isHeading(n) && (n.segments().size() > 1 || !layout.atLeft(n));
    }

    /**
     * A line in a table's label column with no cells of its own is a row (a heading row, a question over its
     * prompts) only if the table goes on below it: rows with cells follow before any prose or heading.
     */
    private boolean tableGoesOn(List<PhysicalLine> lines, int from, TableBlock table) {
        for (int j = from + 1; j < Math.min(lines.size(), from + 8); j++) {
            PhysicalLine m = lines.get(j);
            if (m.page() > lines.get(from).page() + 1 || layout.isHeading(m)) {
                return false;
            }
            if (tabular(m)) {
                return true;
            }
            if (!inLabelColumn(table, m)) {
                return false;
            }
        }
        return false;
    }

    private boolean joins(Block b, PhysicalLine n) {
        PhysicalLine last = b.last;
        boolean heading = layout.isHeading(n);
        if (heading != b.heading || Math.abs(n.size() - last.size()) > 0.6f || n.bold() != last.bold()) {
            return false;
        }
        if (TableBlock.OPENS_ROW.matcher(n.text()).find()) {
            return false;
        }
        if (n.page() == last.page()) {
            float pitch = n.y() - last.y();
            if (pitch <= 0 || pitch > 1.6f * n.size()) {
                return false;
            }
            return heading || wrapped(last, n);
        }
        return n.page() == last.page() + 1 && !heading && wrapped(last, n) && TableBlock.unfinished(b.text);
    }

    /** True when the next line's first word would not have fitted at the end of the line: the text wrapped there. */
    private boolean wrapped(PhysicalLine line, PhysicalLine next) {
        PhysicalLine.Word first = next.segments().getFirst().words().getFirst();
        float right = layout.left(line.page()) + layout.width(line.page());
        return line.x1() + 0.25f * line.size() + (first.x1() - first.x0()) >= right - 1;
    }

    private void emit(Block b) {
        if (b == null) {
            return;
        }
        String prefix = b.heading ? "#".repeat(layout.headingLevel(b.first)) + " " : "";
        String t = b.last.bold() && !b.heading ? "<b>" + b.text + "</b>" : b.text;
        b.at = text.size();
        add(prefix + t, b.first);
        add("", b.last);
    }

    private Columns emit(TableBlock table, Columns previous) {
        Columns columns = Columns.of(table.rows, previous);
        // the heading rows above the table's first values; printed again at the top of a page the table runs on
        // to (the typesetter repeats them), they are dropped: the table goes on under its first headings
        java.util.Set<String> headings = new java.util.HashSet<>();
        boolean valuesSeen = false;
        int page = table.rows.getFirst().first.page();
        for (TableBlock.Row r : table.rows) {
            String line = columns.line(r, joiner);
            valuesSeen |= r.hasValue();
            boolean newPage = r.first.page() != page;
            page = r.last.page();
            if (newPage && headings.contains(line)) {
                continue;
            }
            if (!valuesSeen && !r.hasValue()) {
                headings.add(line);
            }
            add(line, r.first);
        }
        add("", table.rows.getLast().last);
        return columns;
    }

    private void add(String line, PhysicalLine from) {
        text.add(line);
        sources.add(new PdfLine(from.page(), from.line()));
    }
}
