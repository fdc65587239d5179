package org.probation.analytics.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.analytics.db.Tables.INSPECTION;
import static org.probation.analytics.db.Tables.PROVIDER;
import static org.probation.analytics.db.Tables.REGION;
import static org.probation.analytics.db.Tables.RESULT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probation.analytics.TestDatabase;

class DatasetLoaderTest {

    static final Path MINIMAL = Path.of("src/test/resources/datasets/minimal");

    @TempDir
    Path dir;

    TestDatabase db;
    DatasetLoader loader;

    @BeforeEach
    void setUp() {
        db = new TestDatabase();
        loader = new DatasetLoader(db.dataSource);
        TestDatabase.copyTree(MINIMAL, dir);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void loads_every_file_of_a_dataset_with_types() {
        LoadReport report = loader.load(dir);

        assertThat(report.skipped()).isFalse();
        assertThat(report.files()).isEqualTo(13);
        assertThat(db.dsl.fetchCount(REGION)).isEqualTo(2);
        // 3 PDUs, 2 regions and the NPS region of providers.csv
        assertThat(db.dsl.fetchCount(PROVIDER)).isEqualTo(6);
        var inspection = db.dsl.fetchSingle(INSPECTION);
        assertThat(inspection.getPublished()).hasToString("2023-07-01");
        assertThat(inspection.getScore()).isEqualTo(8);
        assertThat(inspection.getOrigin()).isEqualTo("dataset");
        var medium = db.dsl.fetchSingle(RESULT, RESULT.SUBSAMPLE.eq("medium"));
        assertThat(medium.getYesCount()).isEqualTo(8);
        assertThat(medium.getDenominator()).isEqualTo(25);
        assertThat(medium.getDenominatorKind()).isEqualTo("stated");
        assertThat(medium.getFramework()).isEqualTo("pdu-2021");
    }

    @Test
    void loading_the_same_files_again_loads_nothing_twice() {
        loader.load(dir);
        String before = db.snapshot();

        LoadReport again = loader.load(dir);

        assertThat(again.skipped()).isTrue();
        assertThat(db.snapshot()).isEqualTo(before);
    }

    @Test
    void a_changed_dataset_replaces_the_previous_rows_instead_of_adding_to_them() throws IOException {
        loader.load(dir);
        Path results = dir.resolve("inspections/somerset-2023/results.csv");
        Files.writeString(results, Files.readString(results).replace(",79%,79,", ",80%,80,"));

        loader.load(dir);

        assertThat(db.dsl.fetchCount(RESULT)).isEqualTo(4);
        assertThat(db.dsl.fetchValue(RESULT.PERCENT_PRINTED, RESULT.ITEM_CODE.eq("2.2.1")))
                .isEqualTo("80%");
    }

    @Test
    void the_bundled_datasets_load_with_all_regions_and_pdus_of_the_reference_list() {
        loader.load(Path.of("datasets"));

        assertThat(db.dsl.fetchCount(REGION)).isEqualTo(12);
        assertThat(db.dsl.fetchCount(PROVIDER, PROVIDER.TYPE.eq("pdu"))).isEqualTo(110);
        assertThat(db.dsl.fetchCount(PROVIDER, PROVIDER.TYPE.eq("probation_region")))
                .isEqualTo(12);
        assertThat(db.dsl.fetchValue(PROVIDER.REGION_ID, PROVIDER.ID.eq("swansea-neath-port-talbot")))
                .isEqualTo("wales");
        assertThat(db.dsl.fetchValue(PROVIDER.REGION_ID, PROVIDER.ID.eq("somerset")))
                .isEqualTo("south-west");
    }

    @Test
    void imported_inspections_load_beside_the_datasets_marked_as_imports(@TempDir Path imports) {
        TestDatabase.copyTree(dir.resolve("inspections/somerset-2023"), imports.resolve("inspections/somerset-2024"));
        rewriteId(imports.resolve("inspections/somerset-2024"), "somerset-2023", "somerset-2024");

        loader.load(dir, imports);

        assertThat(db.dsl.fetchValue(INSPECTION.ORIGIN, INSPECTION.ID.eq("somerset-2024")))
                .isEqualTo("import");
        assertThat(db.dsl.fetchValue(INSPECTION.ORIGIN, INSPECTION.ID.eq("somerset-2023")))
                .isEqualTo("dataset");
        assertThat(db.dsl.fetchCount(RESULT, RESULT.INSPECTION_ID.eq("somerset-2024")))
                .isEqualTo(4);
    }

    @Test
    void an_import_that_repeats_a_dataset_inspection_is_refused(@TempDir Path imports) {
        TestDatabase.copyTree(dir.resolve("inspections/somerset-2023"), imports.resolve("inspections/somerset-2023"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> loader.load(dir, imports))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining(
                        "imports/inspections/somerset-2023/inspection.csv line 2, column id: duplicate inspection 'somerset-2023'");
    }

    private static void rewriteId(Path folder, String from, String to) {
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.writeString(f, Files.readString(f).replace(from, to));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
