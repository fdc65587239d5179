package org.probation.analytics.importing.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.probation.analytics.importing.pdf.FontSet.Face;
import org.probation.analytics.importing.pdf.Inline.Run;
import org.probation.analytics.importing.pdf.Inline.Style;
import org.probation.analytics.importing.pdf.LineBreaker.Line;
import org.probation.analytics.importing.pdf.LineDrawer.Align;
import org.probation.analytics.importing.pdf.PdfLayout.Geometry;
import org.probation.analytics.importing.pdf.SeedReport.Block;
import org.probation.analytics.importing.pdf.SeedReport.Gap;
import org.probation.analytics.importing.pdf.SeedReport.Heading;
import org.probation.analytics.importing.pdf.SeedReport.Kind;
import org.probation.analytics.importing.pdf.SeedReport.PageBreak;
import org.probation.analytics.importing.pdf.SeedReport.Para;
import org.probation.analytics.importing.pdf.SeedReport.Rule;
import org.probation.analytics.importing.pdf.SeedReport.Table;

/**
 * Typesets a seed inspection report (the text of {@code ../shared/seeds/*.txt}) into a PDF in one of the
 * {@link PdfLayout}s, faithfully: every word of every seed line is printed, in reading order, markup removed;
 * every table row of the seed is a table row. The PDFBox layouts are set here; {@link PdfLayout#LIBREOFFICE} goes
 * through {@link HtmlReport} and {@link LibreOffice}.
 */
public final class ReportTypesetter {

    /**
     * A typeset report.
     *
     * @param tables the seed's tables (runs of TAB-separated lines) printed
     * @param splitTableLines the seed line (1-based) where each table that runs over a page break starts
     */
    public record Typeset(
            byte[] pdf, PdfLayout layout, int pages, int tables, List<Integer> splitTableLines, long millis) {

        /** How many tables run over a page break. */
        public int tablesSplit() {
            return splitTableLines.size();
        }
    }

    private static final float BULLET_INDENT = 14;

    private ReportTypesetter() {}

    public static Typeset typeset(String seed, PdfLayout layout) {
        long start = System.nanoTime();
        SeedReport report = SeedReport.parse(seed);
        if (layout == PdfLayout.LIBREOFFICE) {
            byte[] pdf = LibreOffice.convert(HtmlReport.render(report));
            long tables =
                    report.blocks().stream().filter(b -> b instanceof Table).count();
            TableSplits.Found found = TableSplits.find(pdf, report);
            return new Typeset(pdf, layout, found.pages(), (int) tables, found.splitLines(), millis(start));
        }
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("An inspection of probation services: " + report.title());
            info.setCreator("ReportTypesetter " + layout.name());
            Geometry g = layout.geometry();
            FontSet fonts = new FontSet(doc);
            int tables = 0;
            List<Integer> split = new ArrayList<>();
            try (Pages pages = new Pages(doc, g, fonts, report.title())) {
                Body body = new Body(g, fonts, pages);
                TableTypesetter tableSetter = new TableTypesetter(g, fonts, pages);
                for (Block block : report.blocks()) {
                    switch (block) {
                        case Gap gap -> pages.gap(g.leading() * 0.5f);
                        case PageBreak pageBreak -> {
                            if (!pages.atTop()) {
                                pages.newPage();
                            }
                        }
                        case Rule rule -> body.rule();
                        case Heading heading -> body.heading(heading);
                        case Para para -> body.paragraph(para);
                        case Table table -> {
                            tables++;
                            if (tableSetter.print(table)) {
                                split.add(table.rows().getFirst().line());
                            }
                            pages.gap(3);
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new Typeset(
                    out.toByteArray(), layout, doc.getNumberOfPages(), tables, List.copyOf(split), millis(start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Headings, paragraphs and rules. */
    private record Body(Geometry g, FontSet fonts, Pages pages, LineDrawer drawer) {

        Body(Geometry g, FontSet fonts, Pages pages) {
            this(g, fonts, pages, new LineDrawer(g));
        }

        void rule() {
            if (g.drawRules()) {
                pages.ensure(10);
                pages.down(5);
                pages.rule(pages.y());
                pages.down(5);
            }
        }

        /** Kept with at least two lines of what follows. */
        void heading(Heading h) {
            float size = g.headingSizes()[h.level() - 1];
            float leading = size * 1.25f;
            List<Line> lines = LineBreaker.wrap(
                    LineBreaker.words(h.runs(), Face.BOLD, size, fonts, h.line()), g.textWidth(), false);
            pages.gap(size * 0.6f);
            pages.ensure(lines.size() * leading + 2 * g.leading());
            for (Line line : lines) {
                print(line, g.marginLeft(), g.textWidth(), size, leading, Align.LEFT);
            }
            pages.down(size * 0.3f);
        }

        void paragraph(Para p) {
            boolean footnote = p.kind() == Kind.FOOTNOTE;
            float size = footnote ? g.footnoteSize() : g.bodySize();
            float leading = footnote ? size * 1.25f : g.leading();
            float indent = p.kind() == Kind.BULLET ? BULLET_INDENT : 0;
            List<Line> lines = LineBreaker.wrap(
                    LineBreaker.words(p.runs(), Face.REGULAR, size, fonts, p.line()),
                    g.textWidth() - indent,
                    g.hyphenate() && !footnote);
            Align align = g.justify() ? Align.JUSTIFY : Align.LEFT;
            for (int i = 0; i < lines.size(); i++) {
                if (i == 0 && indent > 0) {
                    pages.ensure(leading);
                    List<Line> bullet = LineBreaker.wrap(
                            LineBreaker.words(List.of(new Run("•", Style.PLAIN)), Face.REGULAR, size, fonts, p.line()),
                            indent,
                            false);
                    float top = pages.y();
                    drawer.draw(
                            pages.stream(),
                            bullet.getFirst(),
                            g.marginLeft() + 2,
                            baseline(top, size, leading),
                            0,
                            Align.LEFT);
                }
                print(lines.get(i), g.marginLeft() + indent, g.textWidth() - indent, size, leading, align);
            }
        }

        private void print(Line line, float x, float width, float size, float leading, Align align) {
            pages.ensure(leading);
            drawer.draw(pages.stream(), line, x, baseline(pages.y(), size, leading), width, align);
            pages.down(leading);
        }

        private static float baseline(float top, float size, float leading) {
            return top - (leading - size) / 2 - size * 0.8f;
        }
    }
}
