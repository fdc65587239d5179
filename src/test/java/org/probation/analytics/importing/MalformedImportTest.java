package org.probation.analytics.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.probation.analytics.TestDatabase;
import org.probation.analytics.dataset.DatasetLoader;
import org.probation.analytics.dataset.DatasetTestSupport;
import org.probation.analytics.inspection.InspectionTestSupport;

/**
 * Every malformed import of the corpus is refused with where and why, and the database is unchanged.
 * The base data is loaded once for the class: a preview writes nothing to the database (every case
 * checks that), and should one ever change it, the base is loaded again before the next case.
 */
class MalformedImportTest {

    @TempDir
    static Path imports;

    static TestDatabase db;
    static ImportService service;
    /** The database just after the base load. */
    static String base;

    @BeforeAll
    static void loadBase() {
        db = new TestDatabase();
        DatasetLoader loader = DatasetTestSupport.loader(db);
        loader.load(ImportServiceTest.MINIMAL, imports);
        service = new ImportService(
                loader,
                new ImportRepository(db.dsl),
                InspectionTestSupport.service(db),
                CrashTestPause.OFF,
                ImportServiceTest.settings(imports));
        base = db.snapshot();
    }

    @AfterEach
    void reloadBaseIfChanged() {
        if (!db.snapshot().equals(base)) {
            closeDatabase();
            loadBase();
        }
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    static Stream<Arguments> corpus() {
        return ImportCorpus.all().stream();
    }

    @Test
    void the_corpus_has_at_least_forty_inputs_and_its_valid_base_imports_cleanly() {
        assertThat(ImportCorpus.all()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(service.preview(ImportCorpus.valid()).errors()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void a_malformed_import_is_refused_with_where_and_why_and_nothing_changes(
            String name, List<ImportFile> files, String expected) {
        String before = db.snapshot();

        ImportPreview preview = service.preview(files);

        assertThat(preview.committable()).isFalse();
        assertThat(preview.token()).isNull();
        assertThat(preview.errors()).anySatisfy(e -> assertThat(e).contains(expected));
        assertThat(db.snapshot()).isEqualTo(before);
    }
}
