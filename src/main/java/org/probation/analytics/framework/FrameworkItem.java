package org.probation.analytics.framework;

import org.probation.analytics.base.QuestionLevel;

/**
 * A domain, standard, key question or prompt of a framework.
 *
 * @param questionLevel which of the four it is
 * @param standardCode  the standard it belongs to: a prompt's key question's parent, else its own
 *                      parent (for a standard, that is its domain)
 * @param shortTitle    a standard's title as the reports print it in their ratings tables
 *                      ("Assessment"), null for other levels or where none is recorded
 */
public record FrameworkItem(
        String framework,
        String code,
        String parentCode,
        QuestionLevel questionLevel,
        int ordinal,
        String text,
        Boolean rated,
        String standardCode,
        String appliesTo,
        String shortTitle) {

    /** The level's stored code ("key_question"), as a comparison row's level column holds it. */
    public String level() {
        return questionLevel.code();
    }

    /** The code with the short title where there is one: "2.2 Assessment", else "2.2". */
    public String label() {
        return shortTitle == null ? code : code + " " + shortTitle;
    }
}
