package org.probation.analytics.importing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.probation.analytics.importing.ImportFile;
import org.probation.analytics.importing.ImportService;
import org.probation.analytics.importing.ui.ImportInput.CsvFiles;
import org.probation.analytics.importing.ui.ImportInput.Refused;
import org.probation.analytics.importing.ui.ImportInput.Report;

/** How the import view's uploads and pasted text become a report, CSV files, or a refusal that says why. */
class ImportInputTest {

    static final String INSPECTION = SeedReport.inspectionCsv("devon-and-torbay-2023");
    static final String RESULTS = SeedReport.resultsCsv("devon-and-torbay-2023", "40");

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_pasted_text_is_a_report_recorded_as_pasted() {
        assertThat(new ImportInput().request("Somerset PDU\nOverall rating\n"))
                .isEqualTo(new Report("Somerset PDU\nOverall rating\n", "pasted-report.txt"));
    }

    @Test
    void a_pasted_text_starting_with_a_file_line_is_a_bundle_of_csv_files() {
        String bundle = "\n# file: inspection.csv\n" + INSPECTION + "# file: results.csv\n" + RESULTS;

        assertThat(new ImportInput().request(bundle))
                .isEqualTo(new CsvFiles(
                        List.of(new ImportFile("inspection.csv", INSPECTION), new ImportFile("results.csv", RESULTS))));
    }

    @Test
    void uploaded_csv_files_keep_their_names_and_an_uploaded_txt_is_a_report() {
        ImportInput csv = new ImportInput();
        csv.addUpload("inspection.csv", utf8(INSPECTION));
        csv.addUpload("results.csv", utf8(RESULTS));
        ImportInput report = new ImportInput();
        report.addUpload("Somerset report.TXT", utf8("Somerset PDU\n"));

        assertThat(csv.request(""))
                .isEqualTo(new CsvFiles(
                        List.of(new ImportFile("inspection.csv", INSPECTION), new ImportFile("results.csv", RESULTS))));
        assertThat(report.request(null)).isEqualTo(new Report("Somerset PDU\n", "Somerset report.TXT"));
    }

    @Test
    void a_byte_order_mark_from_a_spreadsheet_is_dropped() {
        ImportInput input = new ImportInput();
        input.addUpload("inspection.csv", utf8("\uFEFF" + INSPECTION));

        assertThat(input.request("")).isEqualTo(new CsvFiles(List.of(new ImportFile("inspection.csv", INSPECTION))));
    }

    @Test
    void an_uploaded_bundle_is_split_into_its_files_whatever_its_extension() {
        ImportInput input = new ImportInput();
        input.addUpload("devon.txt", utf8("# file: inspection.csv\n" + INSPECTION + "# file: results.csv\n" + RESULTS));

        assertThat(input.request(" "))
                .isEqualTo(new CsvFiles(
                        List.of(new ImportFile("inspection.csv", INSPECTION), new ImportFile("results.csv", RESULTS))));
    }

    @Test
    void a_removed_or_replaced_upload_is_no_longer_imported() {
        ImportInput input = new ImportInput();
        input.addUpload("inspection.csv", utf8("old"));
        input.addUpload("results.csv", utf8(RESULTS));
        input.addUpload("inspection.csv", utf8(INSPECTION));
        input.addUpload("ratings.csv", utf8("x"));
        input.removeUpload("ratings.csv");

        assertThat(input.uploadNames()).containsExactly("results.csv", "inspection.csv");
        assertThat(((CsvFiles) input.request("")).files())
                .extracting(ImportFile::content)
                .containsExactly(RESULTS, INSPECTION);
    }

    @Test
    void nothing_given_or_both_given_is_refused_with_what_to_do() {
        ImportInput both = new ImportInput();
        both.addUpload("results.csv", utf8(RESULTS));

        assertThat(new ImportInput().request("  \n"))
                .isEqualTo(new Refused(List.of("nothing to preview: upload the "
                        + "inspection's CSV files or a report's text, or paste a report's text")));
        assertThat(both.request("Somerset PDU"))
                .isEqualTo(new Refused(List.of("both a pasted text and uploaded files: "
                        + "clear the text or remove the files, then preview again")));
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_with_its_name_and_where() {
        ImportInput input = new ImportInput();
        input.addUpload("results.csv", new byte[] {'a', ',', 'b', '\n', 'c', (byte) 0xE9, 'x', '\n'});
        input.addUpload("inspection.csv", utf8(INSPECTION));

        assertThat(input.request(""))
                .isEqualTo(new Refused(List.of("results.csv: the upload is not UTF-8 text (byte 5, line 2)")));
    }

    @Test
    void a_pdf_is_told_by_its_content_and_imported_on_its_own() {
        byte[] pdf = "%PDF-1.7\n%binary\n".getBytes(StandardCharsets.ISO_8859_1);
        ImportInput alone = new ImportInput();
        alone.addUpload("Somerset report.bin", pdf);
        ImportInput mixed = new ImportInput();
        mixed.addUpload("report.pdf", pdf);
        mixed.addUpload("results.csv", utf8(RESULTS));

        assertThat(alone.request("")).isInstanceOfSatisfying(ImportInput.Pdf.class, p -> {
            assertThat(p.fileName()).isEqualTo("Somerset report.bin");
            assertThat(p.bytes()).isEqualTo(pdf);
        });
        assertThat(mixed.request(""))
                .isEqualTo(new Refused(List.of("report.pdf: a report's PDF is imported on its own; "
                        + "remove the other files, or import them together from 'Import many reports'")));
    }

    @Test
    void a_report_with_other_files_a_broken_bundle_and_an_oversized_file_are_refused() {
        ImportInput mixed = new ImportInput();
        mixed.addUpload("report.txt", utf8("Somerset PDU\n"));
        mixed.addUpload("results.csv", utf8(RESULTS));
        ImportInput broken = new ImportInput();
        broken.addUpload("bundle.csv", utf8("# file:\nno name\n"));
        ImportInput huge = new ImportInput();
        huge.addUpload("context.csv", new byte[(int) ImportService.MAX_BYTES + 1]);

        assertThat(mixed.request(""))
                .isEqualTo(new Refused(List.of("report.txt: a report's text is imported on its own; "
                        + "remove the other files, or import them together from 'Import many reports'")));
        assertThat(((Refused) broken.request("")).errors())
                .singleElement()
                .asString()
                .startsWith("bundle.csv: line 1: a CSV import is a bundle");
        assertThat(huge.request(""))
                .isEqualTo(new Refused(List.of("context.csv: the text is " + (ImportService.MAX_BYTES + 1)
                        + " bytes; the limit is " + ImportService.MAX_BYTES)));
    }

    @Test
    void errors_split_into_file_line_and_reason_for_the_table() {
        assertThat(ImportProblem.of("results.csv line 2, column percent: percent 120 is outside 0-100"))
                .isEqualTo(new ImportProblem("results.csv", 2L, "column percent: percent 120 is outside 0-100"));
        assertThat(ImportProblem.of("Somerset report.txt line 352: '2.1.1': percent 143% is over 100"))
                .isEqualTo(new ImportProblem("Somerset report.txt", 352L, "'2.1.1': percent 143% is over 100"));
        assertThat(ImportProblem.of("inspection.csv: missing (an import needs its inspection's row)"))
                .isEqualTo(new ImportProblem("inspection.csv", null, "missing (an import needs its inspection's row)"));
        assertThat(ImportProblem.of("nothing to import: no files"))
                .isEqualTo(new ImportProblem("", null, "nothing to import: no files"));
    }
}
