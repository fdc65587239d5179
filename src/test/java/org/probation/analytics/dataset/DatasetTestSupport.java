package org.probation.analytics.dataset;

import java.nio.file.Path;
import org.probation.analytics.TestDatabase;

/** Lets tests of other packages load datasets with the real loader. */
public final class DatasetTestSupport {

    private DatasetTestSupport() {}

    public static LoadReport load(TestDatabase db, Path dir) {
        return new DatasetLoader(db.dataSource).load(dir);
    }

    /** Loads with a loader that bumps {@code version}, as the app's loader bumps the app's. */
    public static LoadReport load(TestDatabase db, Path dir, org.probation.analytics.base.DataVersion version) {
        return new DatasetLoader(db.dataSource, version).load(dir);
    }

    public static DatasetLoader loader(TestDatabase db) {
        return new DatasetLoader(db.dataSource);
    }

    /** A loader whose commits bump {@code version}, as the app's loader does. */
    public static DatasetLoader loader(TestDatabase db, org.probation.analytics.base.DataVersion version) {
        return new DatasetLoader(db.dataSource, version);
    }
}
