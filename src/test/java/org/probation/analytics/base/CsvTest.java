package org.probation.analytics.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV downloads are safe to open in a spreadsheet (issue 15, defect 6). */
class CsvTest {

    record Row(String text, Double number) {}

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_written_as_text() {
        String csv = Csv.of(
                List.of(
                        new Row("=HYPERLINK(\"http://x\")", -1.5),
                        new Row("+A1+B1", 2.0),
                        new Row("-2 points", null),
                        new Row("-2", null),
                        new Row("@SUM(A1)", null),
                        new Row("\tx", null),
                        new Row("\rx", null),
                        new Row("Somerset", 3.0)),
                Row.class);

        assertThat(csv)
                .startsWith("text,number\n")
                .contains("'=HYPERLINK(", "'+A1+B1\"", "'-2 points\"", "'@SUM(A1)\"", "'\tx", "'\rx", "\nSomerset,3.0")
                // numbers stay numbers, negative ones included, and so does text that is a plain number
                .contains(",-1.5", "\n-2,");
        assertThat(csv.lines())
                .noneMatch(line -> line.startsWith("=")
                        || line.startsWith("+")
                        || line.startsWith("@")
                        || line.startsWith("\"=")
                        || line.startsWith("\"+"));
    }
}
