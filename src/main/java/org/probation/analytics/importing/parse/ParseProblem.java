package org.probation.analytics.importing.parse;

/** Something the parser could not read, at a 1-based line of the report (0 when it concerns the whole report). */
public record ParseProblem(int line, String reason) {

    @Override
    public String toString() {
        return line > 0 ? "line " + line + ": " + reason : reason;
    }
}
