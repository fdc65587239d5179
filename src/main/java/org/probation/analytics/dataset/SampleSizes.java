package org.probation.analytics.dataset;

import java.util.Map;
import org.probation.analytics.db.tables.records.CaseSampleRecord;

/**
 * The stated sizes of one inspection's sample, community and licence as the sample is read
 * ({@link SampleReading}, null when not read); all cases = community + licence where only those
 * are stated.
 */
record SampleSizes(Map<String, CaseSampleRecord> sizes, String sample, SampleReading reading) {
    int of(String subsample) {
        if (reading != null && subsample.equals("community")) {
            return reading.community();
        }
        if (reading != null && subsample.equals("licence")) {
            return reading.licence();
        }
        CaseSampleRecord stated = sizes.get(sample + "|" + subsample);
        if (stated != null) {
            return stated.getCases();
        }
        if (subsample.equals("all")) {
            CaseSampleRecord c = sizes.get(sample + "|community");
            CaseSampleRecord l = sizes.get(sample + "|licence");
            return c != null && l != null ? c.getCases() + l.getCases() : 0;
        }
        return 0;
    }

    /** The split as read, for a basis or flag. */
    String words(int nc, int nl) {
        return reading != null
                ? "sample " + reading.sentence()
                : "the stated sample sizes (community " + nc + ", licence " + nl + ")";
    }

    /** The size of one sub-sample, for a basis. */
    String single(String subsample, int size) {
        if (reading != null && (subsample.equals("community") || subsample.equals("licence"))) {
            return "the sample size " + size + " (sample " + reading.sentence() + ")";
        }
        return sizes.containsKey(sample + "|" + subsample)
                ? "the stated sample size " + size
                : "the whole sample, " + size + " cases (community + licence as stated)";
    }
}
