package org.probation.analytics.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.analytics.db.Tables.RESULT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probation.analytics.TestDatabase;
import org.probation.analytics.base.Settings;
import org.probation.analytics.dataset.DatasetTestSupport;
import org.probation.analytics.inspection.InspectionTestSupport;

/**
 * Two nodes, each with its own database, sharing one imports folder: what one commits, replaces
 * or deletes, the other loads at its watcher's next look; each stages in its own folder, so a
 * node's start never clears the other's previews. (TwoNodesIT does the same with two processes
 * behind nginx.)
 */
class TwoNodesImportTest {

    @TempDir
    Path shared;

    TestDatabase db1;
    TestDatabase db2;
    ImportService node1;
    ImportService node2;
    ImportsWatcher watcher2;

    @BeforeEach
    void setUp() {
        db1 = new TestDatabase();
        db2 = new TestDatabase();
        node1 = node(db1, "node1");
        node2 = node(db2, "node2");
        watcher2 = new ImportsWatcher(node2, settings("node2"));
    }

    @AfterEach
    void tearDown() {
        db1.close();
        db2.close();
    }

    @Test
    void a_commit_replace_and_delete_on_one_node_reach_the_other_at_its_next_look() {
        String before = db2.snapshot();
        watcher2.check();
        assertThat(db2.snapshot()).as("nothing changed: nothing loaded").isEqualTo(before);

        node1.commit(node1.preview(ImportServiceTest.devon("55")).token(), false);
        assertThat(percent(db2)).as("before node 2 looks").isNull();
        watcher2.check();
        assertThat(percent(db2)).isEqualTo("55%");

        node1.commit(node1.preview(ImportServiceTest.devon("60")).token(), true);
        watcher2.check();
        assertThat(percent(db2)).isEqualTo("60%");

        node1.delete("devon-and-torbay-2024");
        watcher2.check();
        assertThat(percent(db2)).isNull();
    }

    @Test
    void a_node_starting_leaves_the_other_nodes_previews_alone() {
        ImportPreview pending = node1.preview(ImportServiceTest.devon("55"));

        node(new TestDatabase(), "node2"); // node 2 (re)starts: it recovers only its own staging folder

        node1.commit(pending.token(), false);
        assertThat(percent(db1)).isEqualTo("55%");
        assertThat(Files.exists(shared.resolveSibling(shared.getFileName() + "-staging-node1")))
                .isTrue();
    }

    private ImportService node(TestDatabase db, String route) {
        var loader = DatasetTestSupport.loader(db);
        loader.load(ImportServiceTest.MINIMAL, shared);
        return new ImportService(
                loader,
                new ImportRepository(db.dsl),
                InspectionTestSupport.service(db),
                CrashTestPause.OFF,
                settings(route));
    }

    private Settings settings(String route) {
        return new Settings(ImportServiceTest.MINIMAL, shared, true, false, null, route, Duration.ofSeconds(1));
    }

    private static String percent(TestDatabase db) {
        return db.dsl.fetchValue(
                RESULT.PERCENT_PRINTED,
                RESULT.INSPECTION_ID.eq("devon-and-torbay-2024").and(RESULT.ITEM_CODE.eq("2.2.1")));
    }
}
