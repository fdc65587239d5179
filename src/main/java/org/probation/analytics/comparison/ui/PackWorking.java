package org.probation.analytics.comparison.ui;

import java.util.List;
import java.util.function.Function;
import org.probation.analytics.base.export.AnalysisPack;
import org.probation.analytics.comparison.ComparisonRow;
import org.probation.analytics.comparison.RowWorking;

/**
 * The working of every row of a comparison for an analysis pack, as {@link RowWorking} writes it for
 * "show working": {@code working.md} (each row's working and its R code) and {@code analysis.R} (the
 * R code of every row, to run at once).
 */
public final class PackWorking {

    private PackWorking() {}

    /** Adds working.md and analysis.R for {@code rows}, each row's text and R from {@code working}. */
    public static void add(
            AnalysisPack pack,
            String heading,
            List<ComparisonRow> rows,
            Function<ComparisonRow, RowWorking.Text> working) {
        add(pack, heading, rows, row -> row.questionCode() + "  " + row.question(), working);
    }

    /** The same for rows of any kind, each titled by {@code title} (a change names its pair of inspections too). */
    public static <R> void add(
            AnalysisPack pack,
            String heading,
            List<R> rows,
            Function<R, String> title,
            Function<R, RowWorking.Text> working) {
        StringBuilder text = new StringBuilder("# Working: ").append(heading).append("\n\n");
        text.append("Each question's working as \"show working\" gives it, then the R code that reproduces it "
                + "(R 4.x, base R only). Every row's R code is also in analysis.R.\n");
        StringBuilder r = new StringBuilder("# ").append(heading).append('\n');
        r.append("# The R code of every row of the analysis pack, in the order of its table (base R only).\n");
        for (R row : rows) {
            RowWorking.Text t = working.apply(row);
            String name = title.apply(row);
            text.append("\n## ")
                    .append(name)
                    .append("\n\n```text\n")
                    .append(t.working().strip())
                    .append("\n```\n\n```r\n")
                    .append(t.rCode().strip())
                    .append("\n```\n");
            r.append("\n# ---- ")
                    .append(name.replace('\n', ' '))
                    .append('\n')
                    .append(t.rCode().strip())
                    .append('\n');
        }
        pack.text("working.md", "the working of every row, with its R code", text.toString());
        pack.text("analysis.R", "the R code of every row, to run in R at once", r.toString());
    }
}
