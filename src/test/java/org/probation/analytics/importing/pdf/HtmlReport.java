package org.probation.analytics.importing.pdf;

import java.util.List;
import org.probation.analytics.importing.pdf.Inline.Run;
import org.probation.analytics.importing.pdf.SeedReport.Block;
import org.probation.analytics.importing.pdf.SeedReport.Gap;
import org.probation.analytics.importing.pdf.SeedReport.Heading;
import org.probation.analytics.importing.pdf.SeedReport.Kind;
import org.probation.analytics.importing.pdf.SeedReport.PageBreak;
import org.probation.analytics.importing.pdf.SeedReport.Para;
import org.probation.analytics.importing.pdf.SeedReport.Row;
import org.probation.analytics.importing.pdf.SeedReport.Rule;
import org.probation.analytics.importing.pdf.SeedReport.Table;

/**
 * A seed report as HTML for LibreOffice Writer: h1-h3, p (footnote texts 8 pt), ul/li for bullets, hr for rules,
 * and real tables: {@code <th>} heading row in a {@code <thead>} (Writer repeats it on each page the table
 * continues on), {@code <td>} cells top-aligned, value columns right-aligned, column widths on the first row's
 * cells (Writer ignores {@code <col>} percentages): the label column about 70%. Body Liberation Sans 10 pt.
 */
final class HtmlReport {

    private HtmlReport() {}

    static String render(SeedReport report) {
        StringBuilder h = new StringBuilder(200_000);
        h.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>An inspection of probation services: ")
                .append(escape(report.title()))
                .append(
                        "</title>\n<style>\nbody { font-family: \"Liberation Sans\", Arial, sans-serif; font-size: 10pt }\n")
                .append("h1 { font-size: 18pt } h2 { font-size: 14pt } h3 { font-size: 12pt }\n")
                .append("td, th { font-size: 9pt; vertical-align: top }\n</style></head>\n<body>\n");
        boolean breakNext = false;
        boolean inList = false;
        for (Block block : report.blocks()) {
            boolean bullet = block instanceof Para p && p.kind() == Kind.BULLET;
            if (inList && !bullet) {
                h.append("</ul>\n");
                inList = false;
            }
            String brk = breakNext ? " style=\"page-break-before: always\"" : "";
            switch (block) {
                case Gap gap -> {
                    continue;
                }
                case PageBreak pageBreak -> {
                    breakNext = true;
                    continue;
                }
                case Rule rule -> h.append("<hr>\n");
                case Heading hd ->
                    h.append("<h")
                            .append(hd.level())
                            .append(brk)
                            .append('>')
                            .append(runs(hd.runs()))
                            .append("</h")
                            .append(hd.level())
                            .append(">\n");
                case Para p
                when p.kind() == Kind.BULLET -> {
                    if (!inList) {
                        h.append("<ul").append(brk).append(">\n");
                        inList = true;
                    }
                    h.append("<li>").append(runs(p.runs())).append("</li>\n");
                }
                case Para p ->
                    h.append(p.kind() == Kind.FOOTNOTE ? "<p style=\"font-size: 8pt\"" : "<p")
                            .append(brk)
                            .append('>')
                            .append(runs(p.runs()))
                            .append("</p>\n");
                case Table t -> table(h, t);
            }
            breakNext = false;
        }
        if (inList) {
            h.append("</ul>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    private static void table(StringBuilder h, Table t) {
        boolean[] value = TableShape.valueColumns(t);
        int[] pct = TableShape.percents(t);
        h.append("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n");
        for (int r = 0; r < t.rows().size(); r++) {
            boolean heading = t.headed() && r == 0;
            if (heading) {
                h.append("<thead>\n");
            } else if (r == (t.headed() ? 1 : 0)) {
                h.append("<tbody>\n");
            }
            Row row = t.rows().get(r);
            h.append("<tr>");
            String cell = heading ? "th" : "td";
            for (int c = 0; c < t.columns(); c++) {
                h.append('<').append(cell).append(" valign=\"top\" align=\"").append(value[c] ? "right" : "left");
                if (r == 0) {
                    h.append("\" width=\"").append(pct[c]).append('%');
                }
                h.append("\">")
                        .append(runs(row.cells().get(c)))
                        .append("</")
                        .append(cell)
                        .append('>');
            }
            h.append("</tr>\n");
            if (heading) {
                h.append("</thead>\n");
            }
        }
        h.append("</tbody></table>\n");
    }

    static String runs(List<Run> runs) {
        StringBuilder b = new StringBuilder();
        for (Run r : runs) {
            String open = (r.style().bold() ? "<b>" : "")
                    + (r.style().italic() ? "<i>" : "")
                    + (r.style().underline() ? "<u>" : "")
                    + (r.style().sup() ? "<sup>" : "");
            String close = (r.style().sup() ? "</sup>" : "")
                    + (r.style().underline() ? "</u>" : "")
                    + (r.style().italic() ? "</i>" : "")
                    + (r.style().bold() ? "</b>" : "");
            b.append(open).append(escape(r.text())).append(close);
        }
        return b.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
