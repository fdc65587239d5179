package org.probation.analytics.importing.ui;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One reason an import is refused, split for a table: the file, the line (null if none) and why. */
public record ImportProblem(String file, Long line, String reason) {

    // the service's errors read "NAME.csv line 3, column percent: why", "NAME.csv: why" or just "why"
    private static final Pattern WHERE =
            Pattern.compile("^(.+?\\.(?:csv|txt))(?: line (\\d+))?(?:, |: )(.*)$", Pattern.DOTALL);

    public static ImportProblem of(String error) {
        Matcher m = WHERE.matcher(error);
        if (!m.matches()) {
            return new ImportProblem("", null, error);
        }
        return new ImportProblem(m.group(1), m.group(2) == null ? null : Long.valueOf(m.group(2)), m.group(3));
    }

    public static List<ImportProblem> of(List<String> errors) {
        return errors.stream().map(ImportProblem::of).toList();
    }
}
