package org.probation.analytics.inspection;

/** A data-quality problem found at load or recorded from the source; the source's values are kept. */
public record QualityFlag(
        String inspectionId, String rule, String item, String subsample, String reason, String source) {}
