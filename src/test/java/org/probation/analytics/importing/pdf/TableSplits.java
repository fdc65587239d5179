package org.probation.analytics.importing.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.probation.analytics.importing.pdf.SeedReport.Block;
import org.probation.analytics.importing.pdf.SeedReport.Row;
import org.probation.analytics.importing.pdf.SeedReport.Table;

/**
 * Finds, in a PDF, which of the seed's tables run over a page break, from the PDF alone (for the LibreOffice
 * layout, whose page breaks are LibreOffice's, and to check the PDFBox typesetter's own count). Each row but the
 * heading row is looked for in the pages' text (in the order it is drawn, cell after cell; letters and digits only,
 * lower case) by all its cells' letters and digits; rows are looked for in order, each after the one before. A
 * table is split when its first and last rows found are on different pages.
 */
final class TableSplits {

    /**
     * @param split tables split over a page break
     * @param splitLines the seed line each split table starts at
     * @param missedLines the seed lines of the rows not found
     */
    record Found(int pages, int split, List<Integer> splitLines, List<Integer> missedLines) {}

    private TableSplits() {}

    static Found find(byte[] pdf, SeedReport report) {
        List<String> pages = pageTexts(pdf);
        StringBuilder all = new StringBuilder();
        int[] pageStarts = new int[pages.size()];
        for (int p = 0; p < pages.size(); p++) {
            pageStarts[p] = all.length();
            all.append(pages.get(p));
        }
        int cursor = 0;
        List<Integer> split = new ArrayList<>();
        List<Integer> missed = new ArrayList<>();
        for (Block block : report.blocks()) {
            if (!(block instanceof Table table)) {
                continue;
            }
            int first = -1;
            int last = -1;
            for (Row row :
                    table.rows().subList(table.headed() ? 1 : 0, table.rows().size())) {
                String key = key(row);
                int at = all.indexOf(key, cursor);
                if (key.isEmpty() || at < 0) {
                    missed.add(row.line());
                    continue;
                }
                cursor = at + key.length();
                int page = page(pageStarts, at);
                first = first < 0 ? page : first;
                last = page;
            }
            if (first >= 0 && last != first) {
                split.add(table.rows().getFirst().line());
            }
        }
        return new Found(pages.size(), split.size(), List.copyOf(split), List.copyOf(missed));
    }

    static String key(Row row) {
        StringBuilder key = new StringBuilder();
        for (int c = 0; c < row.cells().size(); c++) {
            key.append(alnum(row.text(c)));
        }
        return key.toString();
    }

    static String alnum(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(b::appendCodePoint);
        return b.toString();
    }

    /** Each page's text, reduced to letters and digits. */
    static List<String> pageTexts(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> out = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                out.add(alnum(stripper.getText(doc)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int page(int[] starts, int at) {
        int page = 0;
        while (page + 1 < starts.length && starts[page + 1] <= at) {
            page++;
        }
        return page;
    }
}
