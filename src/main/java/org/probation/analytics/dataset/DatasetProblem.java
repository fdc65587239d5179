package org.probation.analytics.dataset;

/** One reason a dataset is refused: where (file relative to the datasets folder, line, column) and why. */
public record DatasetProblem(String file, long line, String column, String reason) {

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(" line ").append(line);
        }
        if (column != null) {
            s.append(", column ").append(column);
        }
        return s.append(": ").append(reason).toString();
    }
}
