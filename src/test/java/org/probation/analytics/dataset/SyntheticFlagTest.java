package org.probation.analytics.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.probation.analytics.db.Tables.INSPECTION;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probation.analytics.TestDatabase;

/**
 * The synthetic flag of {@code inspection.csv}: optional (absent = a real inspection), checked,
 * and never mixed: a load of synthetic and real inspections together is refused.
 */
class SyntheticFlagTest {

    static final String INSPECTION_CSV = "inspections/somerset-2023/inspection.csv";

    @TempDir
    Path dir;

    TestDatabase db;
    DatasetLoader loader;

    @BeforeEach
    void setUp() {
        db = new TestDatabase();
        loader = new DatasetLoader(db.dataSource);
        TestDatabase.copyTree(DatasetLoaderTest.MINIMAL, dir);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void a_dataset_without_the_synthetic_column_loads_as_real() {
        loader.load(dir);

        assertThat(db.dsl.fetchValue(INSPECTION.SYNTHETIC, INSPECTION.ID.eq("somerset-2023")))
                .isFalse();
    }

    @Test
    void a_synthetic_inspection_loads_with_its_flag() throws IOException {
        markSynthetic(dir, "somerset-2023", "true", "SYNTHETIC — ");

        loader.load(dir);

        assertThat(db.dsl.fetchValue(INSPECTION.SYNTHETIC, INSPECTION.ID.eq("somerset-2023")))
                .isTrue();
    }

    @Test
    void a_flag_other_than_true_or_false_is_refused() throws IOException {
        markSynthetic(dir, "somerset-2023", "yes", "SYNTHETIC — ");

        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining(
                        INSPECTION_CSV + " line 2, column synthetic: must be true, false or empty, not 'yes'");
    }

    @Test
    void a_synthetic_inspection_must_say_so_in_its_title() throws IOException {
        markSynthetic(dir, "somerset-2023", "true", "");

        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining(INSPECTION_CSV
                        + " line 2, column title: of a synthetic inspection must start with 'SYNTHETIC — '");
    }

    @Test
    void synthetic_and_real_inspections_are_never_loaded_together() throws IOException {
        copyInspection(dir, dir, "somerset-2099");
        markSynthetic(dir, "somerset-2099", "true", "SYNTHETIC — ");
        loader.load(DatasetLoaderTest.MINIMAL);
        String before = db.snapshot();

        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining(
                        "inspections/somerset-2099/inspection.csv line 2, column synthetic: is true, but 1 "
                                + "inspection(s) of this load are real (first: " + INSPECTION_CSV
                                + "): synthetic and real "
                                + "inspections are never loaded together");
        assertThat(db.snapshot()).isEqualTo(before);
    }

    @Test
    void a_synthetic_import_beside_real_datasets_is_refused(@TempDir Path imports) throws IOException {
        copyInspection(dir, imports, "somerset-2099");
        markSynthetic(imports, "somerset-2099", "true", "SYNTHETIC — ");

        assertThatThrownBy(() -> loader.load(dir, imports))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining(
                        "imports/inspections/somerset-2099/inspection.csv line 2, column synthetic: is true, but 1 "
                                + "inspection(s) of this load are real");
    }

    /** Copies somerset-2023 of {@code from} as inspection {@code id} of {@code to}. */
    static void copyInspection(Path from, Path to, String id) throws IOException {
        Path copy = to.resolve("inspections").resolve(id);
        TestDatabase.copyTree(from.resolve("inspections/somerset-2023"), copy);
        try (var files = Files.list(copy)) {
            for (Path f : files.toList()) {
                Files.writeString(f, Files.readString(f).replace("somerset-2023", id));
            }
        }
    }

    /** Adds the synthetic column to an inspection's file with {@code value}, its title prefixed. */
    static void markSynthetic(Path datasets, String id, String value, String titlePrefix) throws IOException {
        Path file = datasets.resolve("inspections").resolve(id).resolve("inspection.csv");
        String[] lines = Files.readString(file).split("\n");
        String[] fields = lines[1].split(",", -1);
        fields[3] = titlePrefix + fields[3];
        Files.writeString(file, lines[0] + ",synthetic\n" + String.join(",", fields) + "," + value + "\n");
    }
}
