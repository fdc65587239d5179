package org.probation.analytics.importing.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.analytics.db.Tables.INSPECTION;
import static org.probation.analytics.db.Tables.RESULT;
import static org.probation.analytics.importing.batch.BatchReports.bytes;
import static org.probation.analytics.importing.batch.BatchReports.somersetAs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probation.analytics.TestDatabase;
import org.probation.analytics.importing.ImportService;
import org.probation.analytics.importing.ImportTestSupport;
import org.probation.analytics.importing.ui.SeedReport;

/** Many reports at once on the real datasets: statuses, one bad file never blocking the others, commits per file. */
class BatchImportServiceTest {

    @TempDir
    Path folder;

    TestDatabase db;
    ImportService imports;
    BatchImportService service;
    Batch batch;

    @BeforeEach
    void setUp() {
        db = new TestDatabase();
        imports = ImportTestSupport.service(db, Path.of("datasets"), folder.resolve("imports"));
        service = new BatchImportService(imports);
        batch = new Batch();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    int results(String id) {
        return db.dsl.fetchCount(RESULT, RESULT.INSPECTION_ID.eq(id));
    }

    boolean loaded(String id) {
        return db.dsl.fetchExists(INSPECTION, INSPECTION.ID.eq(id));
    }

    List<Path> staged() throws IOException {
        Path staging = folder.resolve("imports-staging");
        if (!Files.isDirectory(staging)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(staging)) {
            return s.toList();
        }
    }

    @Test
    void two_good_reports_and_a_bad_one_the_ready_ones_committed_together_the_bad_one_left_with_its_reason()
            throws IOException {
        List<BatchEntry> added = service.add(
                batch,
                List.of(
                        BatchFile.of("norfolk.txt", bytes(somersetAs("Norfolk"))),
                        BatchFile.of("notes.txt", bytes("Minutes of the team meeting\nNothing to report.\n")),
                        BatchFile.of("suffolk.txt", bytes(somersetAs("Suffolk")))));

        assertThat(added)
                .extracting(BatchEntry::number, BatchEntry::name, BatchEntry::kind, BatchEntry::inspectionId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "norfolk.txt", EntryKind.REPORT_TEXT, "norfolk-2023"),
                        org.assertj.core.groups.Tuple.tuple(2, "notes.txt", EntryKind.REPORT_TEXT, null),
                        org.assertj.core.groups.Tuple.tuple(3, "suffolk.txt", EntryKind.REPORT_TEXT, "suffolk-2023"));
        assertThat(added.get(0).status().ready()).isTrue();
        assertThat(added.get(0).preview().results()).hasSize(SeedReport.TABLE_RESULTS);
        assertThat(added.get(1).status()).isEqualTo(EntryStatus.ERRORS);
        assertThat(added.get(1).errors())
                .contains("notes.txt: no title line ('An inspection of ...') found")
                .allMatch(e -> e.startsWith("notes.txt"));
        assertThat(batch.readyCount()).isEqualTo(2);
        assertThat(loaded("norfolk-2023")).isFalse();

        List<BatchEntry> committed = service.commitReady(batch, false);

        assertThat(committed)
                .extracting(BatchEntry::name, BatchEntry::status, BatchEntry::committedId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("norfolk.txt", EntryStatus.COMMITTED, "norfolk-2023"),
                        org.assertj.core.groups.Tuple.tuple("suffolk.txt", EntryStatus.COMMITTED, "suffolk-2023"));
        assertThat(results("norfolk-2023")).isEqualTo(SeedReport.TABLE_RESULTS);
        assertThat(results("suffolk-2023")).isEqualTo(SeedReport.TABLE_RESULTS);
        assertThat(batch.entry(2).orElseThrow().status()).isEqualTo(EntryStatus.ERRORS);
        assertThat(batch.readyCount()).isZero();
        assertThat(staged())
                .as("no preview left staged but the refused one's none")
                .isEmpty();
    }

    @Test
    void a_second_report_of_the_same_inspection_is_an_error_naming_the_first_until_that_one_is_removed() {
        service.add(
                batch,
                List.of(
                        BatchFile.of("norfolk.txt", bytes(somersetAs("Norfolk"))),
                        BatchFile.of("norfolk-again.txt", bytes(somersetAs("Norfolk")))));

        BatchEntry second = batch.entry(2).orElseThrow();
        assertThat(second.status()).isEqualTo(EntryStatus.ERRORS);
        assertThat(second.errors())
                .containsExactly("norfolk-again.txt: inspection 'norfolk-2023' is also read from norfolk.txt, "
                        + "earlier in this batch: remove one of the two");
        assertThat(second.preview().results()).as("its rows still shown").hasSize(SeedReport.TABLE_RESULTS);

        service.remove(batch, 1);

        assertThat(batch.entries()).extracting(BatchEntry::name).containsExactly("norfolk-again.txt");
        assertThat(batch.entry(2).orElseThrow().status().ready()).isTrue();
        assertThat(service.commit(batch, 2, false).status()).isEqualTo(EntryStatus.COMMITTED);
        assertThat(loaded("norfolk-2023")).isTrue();
    }

    @Test
    void an_inspection_imported_elsewhere_meanwhile_fails_alone_and_the_others_are_committed() {
        service.add(
                batch,
                List.of(
                        BatchFile.of("norfolk.txt", bytes(somersetAs("Norfolk"))),
                        BatchFile.of("suffolk.txt", bytes(somersetAs("Suffolk")))));
        // another analyst commits Suffolk's report between this batch's preview and its commit
        imports.commit(
                imports.previewReport(somersetAs("Suffolk"), "elsewhere.txt").token(), false);

        service.commitReady(batch, false);

        assertThat(batch.entry(1).orElseThrow().status()).isEqualTo(EntryStatus.COMMITTED);
        BatchEntry suffolk = batch.entry(2).orElseThrow();
        assertThat(suffolk.status()).isEqualTo(EntryStatus.FAILED);
        assertThat(suffolk.errors())
                .containsExactly(
                        "suffolk.txt: not committed: inspection 'suffolk-2023' already exists: replace it or cancel");
        assertThat(loaded("norfolk-2023")).isTrue();
        assertThat(db.dsl.fetchValue(INSPECTION.SOURCE_FILE, INSPECTION.ID.eq("suffolk-2023")))
                .as("the other analyst's import is untouched")
                .isEqualTo("elsewhere.txt");
    }

    @Test
    void when_the_joint_load_fails_each_is_committed_on_its_own_and_only_the_bad_one_is_left_out() throws IOException {
        service.add(
                batch,
                List.of(
                        BatchFile.of("norfolk.txt", bytes(somersetAs("Norfolk"))),
                        BatchFile.of("suffolk.txt", bytes(somersetAs("Suffolk"))),
                        BatchFile.of("bolton.txt", bytes(somersetAs("Bolton")))));
        // what the loader will refuse, though the preview passed: a staged file changed on disk
        Path suffolkResults;
        try (Stream<Path> files = Files.walk(folder.resolve("imports-staging"))) {
            suffolkResults = files.filter(p -> p.endsWith("suffolk-2023/results.csv"))
                    .findFirst()
                    .orElseThrow();
        }
        List<String> lines = Files.readAllLines(suffolkResults);
        Files.writeString(suffolkResults, lines.get(0) + "\n" + lines.get(1).replace(",43%,43,", ",143%,143,") + "\n");

        List<BatchEntry> after = service.commitReady(batch, false);

        assertThat(after)
                .extracting(BatchEntry::status)
                .containsExactly(EntryStatus.COMMITTED, EntryStatus.FAILED, EntryStatus.COMMITTED);
        assertThat(after.get(1).failure())
                .isEqualTo("results.csv line 2, column percent: percent 143 is outside 0-100");
        assertThat(loaded("norfolk-2023")).isTrue();
        assertThat(loaded("bolton-2023")).isTrue();
        assertThat(loaded("suffolk-2023")).isFalse();
        assertThat(folder.resolve("imports/inspections/suffolk-2023")).doesNotExist();
        assertThat(staged()).isEmpty();
    }

    @Test
    void a_provider_not_recognised_lists_candidates_and_the_analysts_choice_previews_it_again() {
        service.add(batch, List.of(BatchFile.of("atlantis.txt", bytes(somersetAs("Atlantis Norfolk Coast")))));
        BatchEntry entry = batch.entry(1).orElseThrow();
        // "Norfolk" alone is in the title, but so are words of no provider: still Norfolk's, every word of its name
        assertThat(entry.inspectionId()).isEqualTo("norfolk-2023");

        service.remove(batch, 1);
        service.add(batch, List.of(BatchFile.of("atlantis.txt", bytes(somersetAs("Atlantis")))));
        entry = batch.entry(2).orElseThrow();
        assertThat(entry.status()).isEqualTo(EntryStatus.ERRORS);
        assertThat(entry.needsProvider()).isTrue();
        assertThat(entry.errors())
                .anyMatch(e -> e.startsWith("atlantis.txt: the provider is not recognised in the title "
                        + "'An inspection of probation services in: Atlantis PDU'"));

        BatchEntry chosen = service.choose(batch, 2, "norfolk");

        assertThat(chosen.status().ready()).isTrue();
        assertThat(chosen.inspectionId()).isEqualTo("norfolk-2023");
        assertThat(chosen.chosenProvider()).isEqualTo("norfolk");
        assertThat(chosen.needsProvider()).isFalse();
        service.commit(batch, 2, false);
        assertThat(db.dsl.fetchValue(INSPECTION.NOTES, INSPECTION.ID.eq("norfolk-2023")))
                .contains("provider norfolk chosen by the analyst");
    }

    @Test
    void a_bundle_whose_load_raises_data_quality_flags_can_be_committed_with_warnings() {
        BatchEntry entry = service.add(
                        batch, List.of(BatchFile.of("devon.csv", bytes(BatchReports.bundle("devon-and-torbay-2024")))))
                .getFirst();

        assertThat(entry.kind()).isEqualTo(EntryKind.CSV_BUNDLE);
        assertThat(entry.preview().flags()).isNotEmpty();
        assertThat(entry.status()).isEqualTo(EntryStatus.WARNINGS);
        assertThat(entry.limits())
                .as("a bundle is not parsed: no reading limits")
                .isEmpty();
        assertThat(service.commitReady(batch, false))
                .extracting(BatchEntry::status)
                .containsExactly(EntryStatus.COMMITTED);
    }

    @Test
    void files_are_told_apart_by_content_not_name() {
        byte[] pdf = BatchReports.pdf(List.of("An inspection of probation services in:", "Norfolk PDU"));
        List<BatchEntry> added = service.add(
                batch,
                List.of(
                        BatchFile.of("report.txt", pdf),
                        BatchFile.of("bundle.pdf", bytes("# file: inspection.csv\nid\n")),
                        BatchFile.of("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff}),
                        BatchFile.of("blank.txt", bytes("  \n\n")),
                        BatchFile.of("nul.txt", bytes("An inspection\0 of"))));

        assertThat(added)
                .extracting(BatchEntry::kind)
                .containsExactly(
                        EntryKind.PDF, EntryKind.CSV_BUNDLE, EntryKind.REFUSED, EntryKind.REFUSED, EntryKind.REFUSED);
        assertThat(added).allMatch(e -> e.status() == EntryStatus.ERRORS);
        assertThat(added.get(2).errors())
                .containsExactly("image.png: neither a PDF, a zip nor UTF-8 text: not UTF-8 text (byte 0, line 1)");
        assertThat(added.get(3).errors()).containsExactly("blank.txt: the file is empty");
        assertThat(added.get(4).errors())
                .containsExactly(
                        "nul.txt: a binary file (it holds NUL bytes), neither a PDF, a zip nor a report's text");
        // the PDF's problems and facts point at its page and line
        assertThat(added.get(0).errors()).allMatch(e -> e.startsWith("report.txt"));
        assertThat(added.get(0).recognised())
                .filteredOn(r -> r.field().equals("title"))
                .singleElement()
                .satisfies(r -> assertThat(r.where()).isEqualTo("report.txt page 1 line 1"));
        assertThat(added.get(0).limits()).containsAll(org.probation.analytics.importing.ImportLimits.GENERAL);
    }
}
