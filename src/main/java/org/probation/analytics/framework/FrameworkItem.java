package org.probation.analytics.framework;

/**
 * A domain, standard, key question or prompt of a framework.
 *
 * @param standardCode the standard it belongs to: a prompt's key question's parent, else its own
 *                     parent (for a standard, that is its domain)
 * @param shortTitle   a standard's title as the reports print it in their ratings tables
 *                     ("Assessment"), null for other levels or where none is recorded
 */
public record FrameworkItem(String framework, String code, String parentCode, String level, int ordinal, String text,
        Boolean rated, String standardCode, String appliesTo, String shortTitle) {

    /** The code with the short title where there is one: "2.2 Assessment", else "2.2". */
    public String label() {
        return shortTitle == null ? code : code + " " + shortTitle;
    }
}
