package org.probation.analytics.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.probation.analytics.importing.pdf.ReportTypesetter.Typeset;

class ReportTypesetterTest {

    /** Each seed's title line: the place it reports on. */
    static final Map<String, String> TITLES = Map.of(
            "000_c5dd9fdec4e932ed.txt", "South West region",
            "001_b158d966729c0dd6.txt", "Midlands Division",
            "002_468d300fb8876cf8.txt", "Swansea Neath Port Talbot PDU",
            "004_721eefaac5d4215c.txt", "Somerset PDU");

    /** A table row's item code ("2.1.1.", "1.1", "<b>2.1. Assessment</b>"), at the start of the line. */
    private static final Pattern ITEM_CODE = Pattern.compile("^\\s*(?:<b>)?(\\d+(?:\\.\\d+)+)\\.?(?=[\\s<])");

    static Stream<Arguments> seedsAndLayouts() {
        return TestPdfs.SEED_FILES.stream()
                .flatMap(seed -> Arrays.stream(PdfLayout.values()).map(layout -> Arguments.of(seed, layout)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("seedsAndLayouts")
    void typesetsEverySeedInEveryLayout(String seed, PdfLayout layout) throws IOException {
        Typeset t = TestPdfs.typeset(seed, layout);
        System.out.printf(
                "typeset %s %-13s pages %3d, tables %2d, split over a page break %2d, %5d ms%n",
                seed.substring(0, 3), layout, t.pages(), t.tables(), t.tablesSplit(), t.millis());

        assertThat(new String(t.pdf(), 0, 5)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(t.pdf())) {
            assertThat(doc.isEncrypted()).isFalse();
            assertThat(doc.getNumberOfPages()).isGreaterThan(3).isEqualTo(t.pages());
            if (layout == PdfLayout.LIBREOFFICE) {
                assertThat(doc.getDocumentInformation().getProducer()).startsWith("LibreOffice");
            }
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(PdfWords.pdfText(text))
                    .as("the title line's words")
                    .containsSubsequence(PdfWords.pdfText(TITLES.get(seed)));
            List<String> codes = itemCodes(TestPdfs.seed(seed));
            assertThat(codes).as("item codes in " + seed).isNotEmpty();
            for (String code : codes) {
                assertThat(text)
                        .as("item code " + code)
                        .containsPattern("(?<![\\d.])" + Pattern.quote(code) + "(?!\\.?\\d)");
            }
        }
        assertThat(t.tables()).isGreaterThan(3);
    }

    /** Every layout runs some table over a page break; the PDFBox typesetter's own count is what the PDF shows. */
    @ParameterizedTest
    @EnumSource(PdfLayout.class)
    void tablesRunOverPageBreaks(PdfLayout layout) {
        int split = 0;
        for (String seed : TestPdfs.SEED_FILES) {
            Typeset t = TestPdfs.typeset(seed, layout);
            split += t.tablesSplit();
            TableSplits.Found found = TableSplits.find(t.pdf(), SeedReport.parse(TestPdfs.seed(seed)));
            System.out.printf(
                    "split tables %s %-13s typesetter %s, found in the PDF %s (rows not found: %s)%n",
                    seed.substring(0, 3), layout, t.splitTableLines(), found.splitLines(), found.missedLines());
            if (layout != PdfLayout.LIBREOFFICE) {
                assertThat(found.splitLines())
                        .as(seed + " split tables seen in the PDF")
                        .isEqualTo(t.splitTableLines());
            }
        }
        assertThat(split).isGreaterThan(0);
    }

    @Test
    void aCharacterNoFontHasFailsNamingItAndItsLine() {
        String seed = "An inspection of\n\nNowhere PDU\n\nA private sign \uDBFF\uDFFD here.\n";
        assertThatThrownBy(() -> ReportTypesetter.typeset(seed, PdfLayout.PDFBOX_WIDE))
                .hasMessageContaining("U+10FFFD")
                .hasMessageContaining("seed line 5");
    }

    /** The item codes that the seed's table rows start with ("2.1.1", "1.1"). */
    static List<String> itemCodes(String seed) {
        List<String> codes = new ArrayList<>();
        for (String line : seed.lines().toList()) {
            Matcher m = ITEM_CODE.matcher(line);
            if (line.indexOf('\t') >= 0 && m.find()) {
                codes.add(m.group(1));
            }
        }
        return codes;
    }
}
