package org.probation.analytics.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The typesetting is faithful: every word of every seed line is in the PDF, and in reading order. */
class TypesetWordsTest {

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.probation.analytics.importing.pdf.ReportTypesetterTest#seedsAndLayouts")
    void everyWordOfTheSeedIsPrinted(String seed, PdfLayout layout) {
        List<String> pdf = PdfWords.pdf(TestPdfs.of(seed, layout), layout);
        List<String> all = PdfWords.seed(TestPdfs.seed(seed), true);

        assertThat(PdfWords.missing(all, pdf))
                .as("seed words the PDF has fewer of")
                .isEmpty();
    }

    /** Paragraphs and headings in order (a wrapped table row reads in a different order: its value comes first). */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.probation.analytics.importing.pdf.ReportTypesetterTest#seedsAndLayouts")
    void wordsOutsideTablesAreInReadingOrder(String seed, PdfLayout layout) {
        List<String> pdf = PdfWords.pdf(TestPdfs.of(seed, layout), layout);
        List<String> text = PdfWords.seed(TestPdfs.seed(seed), false);

        int stop = PdfWords.firstOutOfOrder(text, pdf);

        assertThat(stop)
                .as(() -> "first seed word not found in order: '" + text.get(stop) + "' in ..."
                        + String.join(" ", text.subList(Math.max(0, stop - 12), Math.min(text.size(), stop + 8)))
                        + "...")
                .isEqualTo(-1);
        assertThat(text).hasSizeGreaterThan(1000);
    }

    /**
     * Each seed table row is a row of the PDF: its cells' text one after the other, rows in order. LibreOffice may
     * split a row over a page break (its heading row repeated in between) or print a row line by line across its
     * cells; a few of its rows (at most 3%) are allowed not to read whole.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.probation.analytics.importing.pdf.ReportTypesetterTest#seedsAndLayouts")
    void everyTableRowIsDrawnWholeAndInOrder(String seed, PdfLayout layout) {
        SeedReport report = SeedReport.parse(TestPdfs.seed(seed));
        long rows = report.blocks().stream()
                .filter(b -> b instanceof SeedReport.Table)
                .mapToLong(b -> ((SeedReport.Table) b).rows().size())
                .sum();

        TableSplits.Found found = TableSplits.find(TestPdfs.of(seed, layout), report);

        if (layout == PdfLayout.LIBREOFFICE) {
            assertThat(found.missedLines().size())
                    .as("rows not read whole: " + found.missedLines())
                    .isLessThanOrEqualTo((int) (rows * 3 / 100));
        } else {
            assertThat(found.missedLines())
                    .as("seed lines of table rows not read whole, cell after cell")
                    .isEmpty();
        }
        assertThat(rows).isGreaterThan(30);
    }
}
