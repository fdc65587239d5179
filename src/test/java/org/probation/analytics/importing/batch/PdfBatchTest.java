package org.probation.analytics.importing.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.analytics.db.Tables.RESULT;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probation.analytics.TestDatabase;
import org.probation.analytics.importing.ImportTestSupport;
import org.probation.analytics.importing.pdf.HostilePdfs;
import org.probation.analytics.importing.pdf.PdfLayout;
import org.probation.analytics.importing.pdf.ReportTypesetter;

/**
 * A zip of report PDFs in two layouts with a scanned and an encrypted PDF among them: the bad ones are refused with
 * their reasons, the good ones previewed and committed in one step, their rows pointing at the PDF's pages.
 */
class PdfBatchTest {

    @TempDir
    Path folder;

    @Test
    void the_good_pdfs_of_a_zip_go_in_and_the_bad_ones_are_refused_with_their_reasons() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(
                "norfolk.pdf",
                ReportTypesetter.typeset(BatchReports.somersetAs("Norfolk"), PdfLayout.PDFBOX_WIDE)
                        .pdf());
        entries.put("scanned.pdf", HostilePdfs.scanned());
        entries.put(
                "lambeth.pdf",
                ReportTypesetter.typeset(BatchReports.swanseaAs("Lambeth"), PdfLayout.PDFBOX_NARROW)
                        .pdf());
        entries.put("locked.pdf", HostilePdfs.encryptedWithUserPassword());
        try (TestDatabase db = new TestDatabase()) {
            BatchImportService service =
                    new BatchImportService(ImportTestSupport.service(db, Path.of("datasets"), folder));
            Batch batch = new Batch();
            service.add(batch, List.of(BatchFile.of("reports.zip", BatchReports.zip(entries))));

            assertThat(batch.entries())
                    .as(batch.entries().stream()
                            .map(e -> e.name() + ": " + e.preview().errors())
                            .toList()
                            .toString())
                    .extracting(BatchEntry::name, e -> e.status().ready())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("norfolk.pdf", true),
                            org.assertj.core.groups.Tuple.tuple("scanned.pdf", false),
                            org.assertj.core.groups.Tuple.tuple("lambeth.pdf", true),
                            org.assertj.core.groups.Tuple.tuple("locked.pdf", false));
            assertThat(batch.entries().get(1).preview().errors())
                    .singleElement()
                    .asString()
                    .contains("scanned.pdf: the PDF is scanned");
            assertThat(batch.entries().get(3).preview().errors())
                    .singleElement()
                    .asString()
                    .contains("locked.pdf: the PDF is encrypted with a password");

            List<BatchEntry> done = service.commitReady(batch, false);

            assertThat(done).extracting(BatchEntry::committedId).containsExactly("norfolk-2023", "lambeth-2022");
            // the tables' rows, each at its page of its PDF
            assertThat(db.dsl.fetchCount(RESULT, RESULT.INSPECTION_ID.eq("norfolk-2023")))
                    .isEqualTo(14);
            assertThat(db.dsl.fetchCount(RESULT, RESULT.INSPECTION_ID.eq("lambeth-2022")))
                    .isGreaterThanOrEqualTo(220);
            assertThat(db.dsl
                            .selectDistinct(RESULT.SOURCE_FILE)
                            .from(RESULT)
                            .where(RESULT.INSPECTION_ID.eq("norfolk-2023"))
                            .fetch(RESULT.SOURCE_FILE))
                    .isNotEmpty()
                    .allMatch(f -> f.matches("norfolk\\.pdf#page=\\d+"));
            assertThat(batch.entries().get(1).status()).isEqualTo(EntryStatus.ERRORS);
        }
    }
}
