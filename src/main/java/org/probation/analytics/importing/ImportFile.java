package org.probation.analytics.importing;

/** One uploaded file of an import: its name (e.g. {@code results.csv}) and its text. */
public record ImportFile(String name, String content) {}
