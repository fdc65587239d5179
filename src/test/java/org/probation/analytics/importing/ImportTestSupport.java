package org.probation.analytics.importing;

import java.nio.file.Path;
import org.probation.analytics.TestDatabase;
import org.probation.analytics.base.DataVersion;
import org.probation.analytics.base.Settings;
import org.probation.analytics.dataset.DatasetLoader;
import org.probation.analytics.dataset.DatasetTestSupport;
import org.probation.analytics.inspection.InspectionTestSupport;

/** Lets tests of other packages (the batch import) build the import service on a test's database. */
public final class ImportTestSupport {

    private ImportTestSupport() {}

    /** The import service over {@code datasets} and {@code imports}, its database loaded with both. */
    public static ImportService service(TestDatabase db, Path datasets, Path imports) {
        DataVersion version = new DataVersion();
        DatasetLoader loader = DatasetTestSupport.loader(db, version);
        loader.load(datasets, imports);
        return new ImportService(
                loader,
                new ImportRepository(db.dsl),
                InspectionTestSupport.service(db, version),
                CrashTestPause.OFF,
                new Settings(datasets, imports, true, false, null, "", java.time.Duration.ZERO));
    }
}
