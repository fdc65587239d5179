package org.probation.analytics.importing.ui;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reason an import is refused, split for a table: the file, the line (null if none) and why; for a PDF also
 * the page the line is on (null otherwise).
 */
public record ImportProblem(String file, Long line, String reason, Long page) {

    // the service's errors read "NAME.csv line 3, column percent: why", "NAME.pdf page 2 line 7: why",
    // "NAME.txt: why" or just "why"
    private static final Pattern WHERE = Pattern.compile(
            "^(.+?\\.[A-Za-z0-9]{1,5})(?: page (\\d+))?(?: line (\\d+))?(?:, |: )(.*)$", Pattern.DOTALL);

    public ImportProblem(String file, Long line, String reason) {
        this(file, line, reason, null);
    }

    public static ImportProblem of(String error) {
        Matcher m = WHERE.matcher(error);
        if (!m.matches()) {
            return new ImportProblem("", null, error);
        }
        return new ImportProblem(m.group(1), number(m.group(3)), m.group(4), number(m.group(2)));
    }

    public static List<ImportProblem> of(List<String> errors) {
        return errors.stream().map(ImportProblem::of).toList();
    }

    /** The place in the file: "12", "page 3 line 12", "page 3", or "". */
    public String where() {
        String at = line == null ? "" : line.toString();
        return page == null ? at : "page " + page + (at.isEmpty() ? "" : " line " + at);
    }

    private static Long number(String digits) {
        return digits == null ? null : Long.valueOf(digits);
    }
}
