package org.probation.analytics.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.probation.analytics.TestDatabase;
import org.probation.analytics.dataset.DatasetLoader;
import org.probation.analytics.dataset.DatasetTestSupport;

/** Every malformed import of the corpus is refused with where and why, and the database is unchanged. */
class MalformedImportTest {

    @TempDir
    Path imports;

    TestDatabase db;
    ImportService service;

    @BeforeEach
    void setUp() {
        db = new TestDatabase();
        DatasetLoader loader = DatasetTestSupport.loader(db);
        loader.load(ImportServiceTest.MINIMAL, imports);
        service = new ImportService(loader, new ImportRepository(db.dsl), CrashTestPause.OFF, ImportServiceTest.MINIMAL, imports);
    }

    @AfterEach
    void tearDown() {
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
    void a_malformed_import_is_refused_with_where_and_why_and_nothing_changes(String name, List<ImportFile> files,
            String expected) {
        String before = db.snapshot();

        ImportPreview preview = service.preview(files);

        assertThat(preview.committable()).isFalse();
        assertThat(preview.token()).isNull();
        assertThat(preview.errors()).anySatisfy(e -> assertThat(e).contains(expected));
        assertThat(db.snapshot()).isEqualTo(before);
    }
}
