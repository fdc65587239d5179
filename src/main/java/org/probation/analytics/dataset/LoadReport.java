package org.probation.analytics.dataset;

import java.util.Map;

/**
 * What a dataset load did: the fingerprint of the files, how many, how many rows, or that it was
 * skipped; its time in all and per step (in the order they ran).
 */
public record LoadReport(
        String fingerprint, int files, long rows, boolean skipped, long millis, Map<String, Long> stepMillis) {}
