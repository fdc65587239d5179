package org.probation.analytics.importing.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probation.analytics.TestDatabase;
import org.probation.analytics.importing.ImportPreview;
import org.probation.analytics.importing.ImportRequest;
import org.probation.analytics.importing.ImportService;
import org.probation.analytics.importing.ImportTestSupport;

/**
 * The time to dry-run and to commit a zip of 20 reports (the Somerset and Swansea seeds under 20 PDUs' names) on
 * the real datasets, against the same 20 previewed and committed one at a time: the batch loads its previews into
 * one sandbox and commits with one reload. Both end with the same 20 inspections loaded. The figures are written
 * to {@code target/batch-timing.txt}.
 */
class BatchTimingTest {

    @TempDir
    Path folder;

    @Test
    void twenty_reports_are_previewed_and_committed_together_and_one_at_a_time() throws IOException {
        byte[] zip = BatchReports.twentyReports();
        byte[] pdfs = BatchReports.twentyPdfs();
        long[] pdfTimes = timeBatch(pdfs, folder.resolve("pdf"));
        long dryRun;
        long commit;
        try (TestDatabase db = new TestDatabase()) {
            BatchImportService service =
                    new BatchImportService(ImportTestSupport.service(db, Path.of("datasets"), folder.resolve("a")));
            Batch batch = new Batch();
            long t0 = System.nanoTime();
            service.add(batch, List.of(BatchFile.of("reports.zip", zip)));
            dryRun = System.nanoTime() - t0;
            assertThat(batch.entries()).hasSize(20).allMatch(e -> e.status().ready(), "every report ready");
            t0 = System.nanoTime();
            List<BatchEntry> done = service.commitReady(batch, false);
            commit = System.nanoTime() - t0;
            assertThat(done).hasSize(20).allMatch(e -> e.status() == EntryStatus.COMMITTED);
        }
        long aloneDryRun;
        long aloneCommit;
        try (TestDatabase db = new TestDatabase()) {
            ImportService imports = ImportTestSupport.service(db, Path.of("datasets"), folder.resolve("b"));
            List<BatchFile> files = ZipReader.read("reports.zip", zip);
            long t0 = System.nanoTime();
            List<ImportPreview> previews = files.stream()
                    .map(f -> imports.previewAll(List.of(new ImportRequest.Report(
                                    new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8), f.name(), null)))
                            .getFirst())
                    .toList();
            aloneDryRun = System.nanoTime() - t0;
            t0 = System.nanoTime();
            previews.forEach(p -> imports.commit(p.token(), false));
            aloneCommit = System.nanoTime() - t0;
            assertThat(imports.imported()).hasSize(20);
        }
        String figures = String.format(
                Locale.ROOT,
                "20 reports (zip of %d bytes):%n  batch: dry run %.1f s, commit %.1f s%n"
                        + "  one at a time: previews %.1f s, commits %.1f s%n"
                        + "20 reports as PDFs (zip of %d bytes): batch dry run %.1f s, commit %.1f s%n",
                zip.length,
                dryRun / 1e9,
                commit / 1e9,
                aloneDryRun / 1e9,
                aloneCommit / 1e9,
                pdfs.length,
                pdfTimes[0] / 1e9,
                pdfTimes[1] / 1e9);
        // the times are reported, not asserted: a loaded machine must not fail the build
        System.out.print(figures);
        Files.writeString(Path.of("target", "batch-timing.txt"), figures);
    }

    /** Dry run, then commit, of a zip of twenty reports in one batch: both times in nanoseconds. */
    private static long[] timeBatch(byte[] zip, Path imports) {
        try (TestDatabase db = new TestDatabase()) {
            BatchImportService service =
                    new BatchImportService(ImportTestSupport.service(db, Path.of("datasets"), imports));
            Batch batch = new Batch();
            long t0 = System.nanoTime();
            service.add(batch, List.of(BatchFile.of("reports.zip", zip)));
            long dryRun = System.nanoTime() - t0;
            assertThat(batch.entries()).hasSize(20).allMatch(e -> e.status().ready(), "every PDF ready");
            t0 = System.nanoTime();
            List<BatchEntry> done = service.commitReady(batch, false);
            long commit = System.nanoTime() - t0;
            assertThat(done).hasSize(20).allMatch(e -> e.status() == EntryStatus.COMMITTED);
            return new long[] {dryRun, commit};
        }
    }
}
