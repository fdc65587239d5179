package org.probation.analytics.importing.parse;

/** The report parser over the framework items and providers of {@code datasets/}, for tests outside this package. */
public final class SeedParsers {

    private SeedParsers() {}

    public static ReportParser parser() {
        return SeedFixtures.parser();
    }
}
