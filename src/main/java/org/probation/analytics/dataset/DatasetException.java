package org.probation.analytics.dataset;

import java.util.List;
import java.util.stream.Collectors;

/** A dataset was refused; the database is as it was before the load. */
public class DatasetException extends RuntimeException {

    private final List<DatasetProblem> problems;

    DatasetException(List<DatasetProblem> problems) {
        super(problems.size() + " problem(s) in the datasets, nothing was loaded:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<DatasetProblem> problems() {
        return problems;
    }
}
