package org.probation.analytics.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.probation.analytics.db.Tables.INSPECTION;
import static org.probation.analytics.db.Tables.RESULT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probation.analytics.TestDatabase;
import org.probation.analytics.base.Settings;
import org.probation.analytics.dataset.DatasetLoader;
import org.probation.analytics.dataset.DatasetTestSupport;
import org.probation.analytics.inspection.InspectionTestSupport;

/** Preview, commit, replace and delete of an import on the small fixture dataset. */
class ImportServiceTest {

    static final Path MINIMAL = Path.of("src/test/resources/datasets/minimal");

    /** The app's settings with the small fixture as datasets and {@code imports} as the imports folder. */
    static Settings settings(Path imports) {
        return new Settings(MINIMAL, imports, true, false, null, "", java.time.Duration.ZERO);
    }

    @TempDir
    Path imports;

    TestDatabase db;
    DatasetLoader loader;
    ImportService service;

    @BeforeEach
    void setUp() {
        db = new TestDatabase();
        loader = DatasetTestSupport.loader(db);
        loader.load(MINIMAL, imports);
        service = new ImportService(
                loader,
                new ImportRepository(db.dsl),
                InspectionTestSupport.service(db),
                CrashTestPause.OFF,
                settings(imports));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    static List<ImportFile> devon(String percent) {
        return List.of(
                new ImportFile(
                        "inspection.csv",
                        ImportCorpus.INSPECTION_HEADER + "\n"
                                + "devon-and-torbay-2024,devon-and-torbay,pdu-2021,An inspection of Devon and Torbay PDU,2024-03-04,day,2024-06,,,,report.txt,1,\n"),
                new ImportFile(
                        "results.csv",
                        ImportCorpus.RESULTS_HEADER + "\n"
                                + "devon-and-torbay-2024,2.2.1,all," + percent + "%," + percent
                                + ",,,,,q,table,report.txt,10\n"
                                + "devon-and-torbay-2024,2.2.3,all,40%,40,8,20,,,q,table,report.txt,11\n"));
    }

    @Test
    void a_preview_shows_the_rows_and_flags_and_writes_nothing() {
        String before = db.snapshot();

        ImportPreview preview = service.preview(devon("55"));

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.committable()).isTrue();
        assertThat(preview.exists()).isFalse();
        assertThat(preview.inspectionId()).isEqualTo("devon-and-torbay-2024");
        assertThat(preview.results()).hasSize(2);
        assertThat(preview.flags())
                .extracting(org.probation.analytics.inspection.QualityFlag::rule)
                .contains("missing_result");
        assertThat(db.snapshot()).isEqualTo(before);
    }

    @Test
    void a_commit_loads_the_import_which_then_survives_a_reload() {
        ImportPreview preview = service.preview(devon("55"));

        service.commit(preview.token(), false);

        assertThat(db.dsl.fetchValue(INSPECTION.ORIGIN, INSPECTION.ID.eq("devon-and-torbay-2024")))
                .isEqualTo("import");
        assertThat(Files.exists(imports.resolve("inspections/devon-and-torbay-2024/results.csv")))
                .isTrue();
        // a restart reads the same files into a fresh database
        try (TestDatabase fresh = new TestDatabase()) {
            DatasetTestSupport.loader(fresh).load(MINIMAL, imports);
            assertThat(fresh.dsl.fetchCount(RESULT, RESULT.INSPECTION_ID.eq("devon-and-torbay-2024")))
                    .isEqualTo(2);
        }
    }

    @Test
    void importing_an_existing_inspection_needs_replace_and_never_duplicates() {
        service.commit(service.preview(devon("55")).token(), false);
        ImportPreview again = service.preview(devon("60"));

        assertThat(again.exists()).isTrue();
        assertThatThrownBy(() -> service.commit(again.token(), false))
                .isInstanceOf(ImportException.class)
                .hasMessage("inspection 'devon-and-torbay-2024' already exists: replace it or cancel");
        service.commit(again.token(), true);

        assertThat(db.dsl.fetchCount(INSPECTION, INSPECTION.ID.eq("devon-and-torbay-2024")))
                .isEqualTo(1);
        assertThat(db.dsl.fetchValue(
                        RESULT.PERCENT_PRINTED,
                        RESULT.INSPECTION_ID.eq("devon-and-torbay-2024").and(RESULT.ITEM_CODE.eq("2.2.1"))))
                .isEqualTo("60%");
    }

    @Test
    void an_inspection_of_the_datasets_cannot_be_imported_again() {
        List<ImportFile> files = List.of(
                new ImportFile(
                        "inspection.csv",
                        ImportCorpus.INSPECTION_HEADER + "\n"
                                + "somerset-2023,somerset,pdu-2021,Again,2023-06-12,day,2023-07,8,27,Requires improvement,seed.txt,5,\n"),
                new ImportFile("results.csv", ImportCorpus.RESULTS_HEADER + "\n"));

        assertThat(service.preview(files).errors())
                .anySatisfy(e -> assertThat(e).contains("duplicate inspection 'somerset-2023'"));
    }

    @Test
    void a_deleted_import_disappears_and_a_cancelled_preview_leaves_nothing() {
        service.commit(service.preview(devon("55")).token(), false);
        service.delete("devon-and-torbay-2024");
        ImportPreview cancelled = service.preview(devon("55"));
        service.cancel(cancelled.token());

        assertThat(db.dsl.fetchCount(INSPECTION, INSPECTION.ID.eq("devon-and-torbay-2024")))
                .isZero();
        assertThatThrownBy(() -> service.commit(cancelled.token(), false)).isInstanceOf(ImportException.class);
        assertThatThrownBy(() -> service.delete("somerset-2023"))
                .isInstanceOf(ImportException.class)
                .hasMessage("no imported inspection 'somerset-2023'");
    }

    @Test
    void a_replace_stopped_between_its_two_moves_gets_its_old_folder_back_at_the_next_start() throws IOException {
        service.commit(service.preview(devon("55")).token(), false);
        // what a crash leaves after moving the old folder aside: the target missing, both folders in staging
        Path staging = imports.toAbsolutePath().resolveSibling(imports.getFileName() + "-staging");
        Path incoming = staging.resolve("a-token/incoming");
        Files.createDirectories(incoming.resolve("devon-and-torbay-2024"));
        Files.move(
                imports.resolve("inspections/devon-and-torbay-2024"),
                incoming.resolve("devon-and-torbay-2024.replaced"));

        new ImportService(
                loader,
                new ImportRepository(db.dsl),
                InspectionTestSupport.service(db),
                CrashTestPause.OFF,
                settings(imports));

        assertThat(imports.resolve("inspections/devon-and-torbay-2024/results.csv"))
                .content()
                .contains(",55%,");
        assertThat(staging).doesNotExist();
    }

    @Test
    void a_replace_stopped_after_the_new_folder_is_in_place_keeps_the_new_one() throws IOException {
        service.commit(service.preview(devon("55")).token(), false);
        Path staging = imports.toAbsolutePath().resolveSibling(imports.getFileName() + "-staging");
        Path aside = staging.resolve("a-token/incoming/devon-and-torbay-2024.replaced");
        Files.createDirectories(aside);
        Files.writeString(aside.resolve("results.csv"), "the old version");

        new ImportService(
                loader,
                new ImportRepository(db.dsl),
                InspectionTestSupport.service(db),
                CrashTestPause.OFF,
                settings(imports));

        assertThat(imports.resolve("inspections/devon-and-torbay-2024/results.csv"))
                .content()
                .contains(",55%,");
        assertThat(staging).doesNotExist();
    }
}
