package org.probation.analytics.importing.parse;

import org.probation.analytics.base.QuestionLevel;

/** A domain, standard, key question or prompt of a framework, as in {@code datasets/framework-items/*.csv}. */
public record FrameworkQuestion(String framework, String code, QuestionLevel level, String text) {}
