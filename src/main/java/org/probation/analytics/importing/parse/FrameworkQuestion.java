package org.probation.analytics.importing.parse;

/** A domain, standard, key question or prompt of a framework, as in {@code datasets/framework-items/*.csv}. */
public record FrameworkQuestion(String framework, String code, String level, String text) {}
