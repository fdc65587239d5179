package org.probation.analytics.importing.parse;

/** The report parser over the framework items and providers of {@code datasets/}, for tests outside this package. */
public final class SeedParsers {

    private SeedParsers() {}

    /** The inspection fields a report's parse must agree on, whatever it was read from. */
    public static final java.util.List<String> INSPECTION_FIELDS = SeedReportParserTest.INSPECTION_FIELDS;

    public static ReportParser parser() {
        return SeedFixtures.parser();
    }

    /** A seed report's text; skips the test (fails it with CI=true) when the seed is missing. */
    public static String seed(String file) {
        return SeedFixtures.seed(file);
    }
}
