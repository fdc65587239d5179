package org.probation.analytics.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probation.analytics.TestDatabase;
import org.probation.analytics.base.DataVersion;

/** The data version moves with every load that commits, and only then. */
class DatasetLoaderVersionTest {

    static final Path MINIMAL = Path.of("src/test/resources/datasets/minimal");

    final TestDatabase db = new TestDatabase();
    final DataVersion version = new DataVersion();
    final DatasetLoader loader = new DatasetLoader(db.dataSource, version);

    @TempDir
    Path work;

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_committed_load_bumps_the_version_and_a_skipped_one_does_not() {
        long before = version.current();

        loader.load(MINIMAL);
        long loaded = version.current();
        loader.load(MINIMAL); // the same files: skipped

        assertThat(loaded).isGreaterThan(before);
        assertThat(version.current()).isEqualTo(loaded);
    }

    @Test
    void a_refused_load_leaves_the_version_as_it_was() throws IOException {
        loader.load(MINIMAL);
        long loaded = version.current();
        Path broken = work.resolve("broken");
        TestDatabase.copyTree(MINIMAL, broken);
        Path results = Files.list(broken.resolve("inspections"))
                .findFirst()
                .orElseThrow()
                .resolve("results.csv");
        Files.writeString(results, Files.readString(results) + "not,a,valid,row\n");

        assertThatThrownBy(() -> loader.load(broken)).isInstanceOf(DatasetException.class);
        assertThat(version.current()).isEqualTo(loaded);
    }
}
