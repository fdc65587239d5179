package org.probation.analytics.importing.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.probation.analytics.importing.pdf.FontSet.Face;
import org.probation.analytics.importing.pdf.LineBreaker.Line;
import org.probation.analytics.importing.pdf.LineBreaker.Word;
import org.probation.analytics.importing.pdf.LineDrawer.Align;
import org.probation.analytics.importing.pdf.PdfLayout.Geometry;
import org.probation.analytics.importing.pdf.SeedReport.Row;
import org.probation.analytics.importing.pdf.SeedReport.Table;

/**
 * Prints a seed table: every seed row one table row, cells wrapped within their column, thin borders, the heading
 * row shaded. A row is never split; a table is, where the page ends (the heading row repeated after the break if
 * the layout says so).
 */
final class TableTypesetter {

    private final Geometry g;
    private final FontSet fonts;
    private final Pages pages;
    private final LineDrawer drawer;
    private final float size;
    private final float leading;

    TableTypesetter(Geometry g, FontSet fonts, Pages pages) {
        this.g = g;
        this.fonts = fonts;
        this.pages = pages;
        this.drawer = new LineDrawer(g);
        this.size = g.bodySize() - 1;
        this.leading = size * 1.25f;
    }

    /** A row set in its columns: each cell's lines, and the row's height. */
    private record SetRow(List<List<Line>> cells, float height, boolean heading) {}

    /** Prints the table; true if it ran over a page break. */
    boolean print(Table table) {
        boolean[] value = TableShape.valueColumns(table);
        List<List<List<Word>>> words = new ArrayList<>();
        float[] natural = new float[table.columns()];
        float[] least = new float[table.columns()];
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            Face face = table.headed() && r == 0 ? Face.BOLD : Face.REGULAR;
            List<List<Word>> cells = new ArrayList<>();
            for (int c = 0; c < table.columns(); c++) {
                List<Word> cell = LineBreaker.words(row.cells().get(c), face, size, fonts, row.line());
                cells.add(cell);
                float line = 0;
                for (Word w : cell) {
                    line += w.width() + w.space();
                    least[c] = Math.max(least[c], w.width() + 2 * g.cellPadX());
                }
                natural[c] = Math.max(natural[c], line + 2 * g.cellPadX());
            }
            words.add(cells);
        }
        float[] widths = TableShape.widths(
                value, natural, least, g.textWidth(), g.valueWidth(), g.labelMax(), g.stretchTables());
        List<SetRow> rows = new ArrayList<>();
        for (int r = 0; r < words.size(); r++) {
            List<List<Line>> cells = new ArrayList<>();
            int most = 1;
            for (int c = 0; c < widths.length; c++) {
                List<Line> lines = LineBreaker.wrap(words.get(r).get(c), widths[c] - 2 * g.cellPadX(), false);
                cells.add(lines);
                most = Math.max(most, lines.size());
            }
            SetRow set = new SetRow(cells, most * leading + 2 * g.cellPadY(), table.headed() && r == 0);
            if (set.height() > g.top() - g.marginBottom() - 2 * leading) {
                throw new IllegalStateException("seed line "
                        + table.rows().get(r).line() + ": a table row taller than a page (" + set.height() + " pt)");
            }
            rows.add(set);
        }
        return printRows(rows, widths, value);
    }

    private boolean printRows(List<SetRow> rows, float[] widths, boolean[] value) {
        boolean split = false;
        int onPage = 0;
        for (int r = 0; r < rows.size(); r++) {
            SetRow row = rows.get(r);
            float need = row.height();
            if (row.heading() && r + 1 < rows.size()) {
                need += rows.get(r + 1).height();
            }
            if (!pages.fits(need)) {
                if (onPage > 0) {
                    split = true;
                }
                if (!pages.atTop()) {
                    pages.newPage();
                }
                onPage = 0;
                if (g.repeatHeadingRow() && rows.getFirst().heading() && r > 0) {
                    printRow(rows.getFirst(), widths, value);
                }
            }
            printRow(row, widths, value);
            onPage += row.heading() ? 0 : 1;
        }
        return split;
    }

    private void printRow(SetRow row, float[] widths, boolean[] value) {
        PDPageContentStream cs = pages.stream();
        float top = pages.y();
        float x = g.marginLeft();
        try {
            for (int c = 0; c < widths.length; c++) {
                if (row.heading()) {
                    cs.setNonStrokingColor(0.88f);
                    cs.addRect(x, top - row.height(), widths[c], row.height());
                    cs.fill();
                    cs.setNonStrokingColor(0f);
                }
                cs.setStrokingColor(0.55f);
                cs.setLineWidth(0.5f);
                cs.addRect(x, top - row.height(), widths[c], row.height());
                cs.stroke();
                cs.setStrokingColor(0f);
                List<Line> lines = row.cells().get(c);
                float firstTop = g.bottomAligned()
                        ? top - row.height() + g.cellPadY() + lines.size() * leading
                        : top - g.cellPadY();
                for (int i = 0; i < lines.size(); i++) {
                    float boxTop = firstTop - i * leading;
                    float baseline = boxTop - (leading - size) / 2 - size * 0.8f;
                    drawer.draw(
                            cs,
                            lines.get(i),
                            x + g.cellPadX(),
                            baseline,
                            widths[c] - 2 * g.cellPadX(),
                            value[c] ? Align.RIGHT : Align.LEFT);
                }
                x += widths[c];
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pages.down(row.height());
    }
}
