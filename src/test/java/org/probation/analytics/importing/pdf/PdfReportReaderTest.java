package org.probation.analytics.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.probation.analytics.importing.ImportException;
import org.probation.analytics.importing.parse.ParsedReport;
import org.probation.analytics.importing.parse.ParsedRow;
import org.probation.analytics.importing.parse.ReportParser;
import org.probation.analytics.importing.parse.SeedParsers;

/**
 * The PDF import against the text import of the same report, on the seed reports typeset by {@link TestPdfs}; and the
 * PDFs it refuses, each with its reason.
 */
class PdfReportReaderTest {

    private static final ReportParser PARSER = SeedParsers.parser();

    static Stream<Arguments> seedsAndLayouts() {
        return TestPdfs.SEED_FILES.stream()
                .flatMap(seed -> Arrays.stream(PdfLayout.values()).map(layout -> Arguments.of(seed, layout)));
    }

    /** Every seed report in every layout gives every row, rating, sample and field of its text import. */
    @ParameterizedTest
    @MethodSource("seedsAndLayouts")
    void the_pdf_gives_what_the_text_gives(String seed, PdfLayout layout) {
        PdfText pdf = PdfReportReader.read(TestPdfs.of(seed, layout), "report.pdf");
        ParsedReport fromText = PARSER.parse(TestPdfs.seed(seed), seed);
        ParsedReport fromPdf = PARSER.parse(pdf.text(), "report.pdf");
        PdfParity parity = PdfParity.of(fromText, fromPdf);
        System.out.printf(
                "PDF import %s %s: %d/%d table results, %d differences%n",
                seed,
                layout,
                parity.matchedResults(),
                parity.textResults(),
                parity.differences().size());
        assertThat(parity.differences()).as(seed + " " + layout).isEmpty();
        assertThat(parity.textResults()).isPositive();
    }

    @Test
    void every_row_points_at_the_page_and_line_it_is_printed_on() {
        String seed = "001_b158d966729c0dd6.txt";
        byte[] bytes = TestPdfs.of(seed, PdfLayout.PDFBOX_NARROW);
        PdfText pdf = PdfReportReader.read(bytes, "midlands.pdf");
        ParsedReport parsed = PdfSources.remap(PARSER.parse(pdf.text(), "midlands.pdf"), pdf, "midlands.pdf");
        String[] lines = pdf.text().split("\n", -1);
        assertThat(parsed.results()).isNotEmpty();
        for (ParsedRow r : parsed.results()) {
            assertThat(r.get("source_file")).matches("midlands\\.pdf#page=\\d+");
            int page = Integer.parseInt(r.get("source_file").substring("midlands.pdf#page=".length()));
            PdfLine at = pdf.source(r.line());
            assertThat(at.page()).isEqualTo(page);
            assertThat(r.get("source_line")).isEqualTo(String.valueOf(at.line()));
            // the text line the row was read from holds its question's words
            String question = r.get("question_as_printed");
            assertThat(lines[r.line() - 1]).contains(question.substring(0, Math.min(20, question.length())));
        }
        assertThat(parsed.results().stream()
                        .map(r -> r.get("source_file"))
                        .distinct()
                        .count())
                .as("the rows span several pages")
                .isGreaterThan(1);
        assertThat(parsed.inspection().get("source_file")).isEqualTo("midlands.pdf#page=1");
        assertThat(parsed.inspection().get("notes"))
                .contains("title page 1 line ")
                .doesNotContainPattern("\\(line \\d");
    }

    @Test
    void running_heads_and_page_numbers_are_not_read_as_text() {
        PdfText pdf = PdfReportReader.read(TestPdfs.of("001_b158d966729c0dd6.txt", PdfLayout.PDFBOX_WIDE), "m.pdf");
        assertThat(Arrays.stream(pdf.text().split("\n")).filter(l -> l.matches("Page \\d+")))
                .isEmpty();
        assertThat(pdf.pages()).isGreaterThan(3);
        assertThat(pdf.limits()).isEmpty();
    }

    @Test
    void a_password_protected_pdf_is_refused() {
        assertThatThrownBy(() -> PdfReportReader.read(HostilePdfs.encryptedWithUserPassword(), "locked.pdf"))
                .isInstanceOf(ImportException.class)
                .hasMessage("locked.pdf: the PDF is encrypted with a password; it cannot be read");
    }

    @Test
    void an_encrypted_pdf_that_opens_without_a_password_is_refused() {
        assertThatThrownBy(() -> PdfReportReader.read(HostilePdfs.encryptedWithOwnerPasswordOnly(true), "r.pdf"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("r.pdf: the PDF is encrypted");
    }

    @Test
    void a_scanned_pdf_is_refused() {
        assertThatThrownBy(() -> PdfReportReader.read(HostilePdfs.scanned(), "scan.pdf"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("scan.pdf: the PDF is scanned")
                .hasMessageContaining("no text layer");
    }

    @Test
    void a_pdf_without_text_is_refused() {
        assertThatThrownBy(() -> PdfReportReader.read(HostilePdfs.noTextNoImages(), "blank.pdf"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("blank.pdf: the PDF has no text to read");
    }

    @Test
    void a_damaged_pdf_and_a_text_file_are_refused() {
        assertThatThrownBy(() -> PdfReportReader.read(HostilePdfs.truncated(), "cut.pdf"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("cut.pdf: not a readable PDF");
        assertThatThrownBy(() -> PdfReportReader.read(HostilePdfs.notAPdf(), "text.pdf"))
                .isInstanceOf(ImportException.class)
                .hasMessage("text.pdf: not a PDF (it does not begin with '%PDF-')");
    }

    @Test
    void a_page_that_is_an_image_is_listed_as_a_limit_and_the_rest_is_read() {
        PdfText pdf = PdfReportReader.read(HostilePdfs.partlyScanned(3), "part.pdf");
        assertThat(pdf.limits()).containsExactly("page 3 is an image with no text (scanned?): nothing on it is read");
        assertThat(pdf.sources()).noneMatch(l -> l.page() == 3);
        assertThat(pdf.sources()).anyMatch(l -> l.page() == 4);
    }
}
