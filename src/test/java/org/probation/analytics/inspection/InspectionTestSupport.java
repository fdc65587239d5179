package org.probation.analytics.inspection;

import org.probation.analytics.TestDatabase;
import org.probation.analytics.TestLookups;
import org.probation.analytics.base.DataVersion;

/** Lets tests of other packages build the inspection service on a test's database, as Spring builds the app's. */
public final class InspectionTestSupport {

    private InspectionTestSupport() {}

    public static InspectionService service(TestDatabase db) {
        return new InspectionService(new InspectionRepository(db.dsl), TestLookups.items(db), new DataVersion());
    }

    /** The service reading afresh after each load that bumps {@code version}. */
    public static InspectionService service(TestDatabase db, DataVersion version) {
        return new InspectionService(new InspectionRepository(db.dsl), TestLookups.items(db), version);
    }
}
