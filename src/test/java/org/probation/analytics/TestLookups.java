package org.probation.analytics;

import org.probation.analytics.base.DataVersion;
import org.probation.analytics.framework.FrameworkItemRepository;
import org.probation.analytics.framework.FrameworkItems;

/** The per-load lookups services need, on a test's database (loaded before the services read it). */
public final class TestLookups {

    private TestLookups() {}

    public static FrameworkItems items(TestDatabase db) {
        return new FrameworkItems(new FrameworkItemRepository(db.dsl), new DataVersion());
    }
}
