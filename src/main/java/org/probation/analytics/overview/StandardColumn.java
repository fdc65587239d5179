package org.probation.analytics.overview;

/**
 * A standard of a framework, a column of the overview: its code, its short title as the reports
 * print it in their ratings tables ("Assessment", null where none is recorded) and its full text.
 */
public record StandardColumn(String code, String title, String name) {

    /** "2.2 Assessment", or the code alone where there is no short title. */
    public String label() {
        return title == null ? code : code + " " + title;
    }
}
