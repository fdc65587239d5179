package org.probation.analytics.dataset;

/** What a dataset load did: the fingerprint of the files, how many, how many rows, or that it was skipped. */
public record LoadReport(String fingerprint, int files, long rows, boolean skipped, long millis) {}
