package org.probation.analytics.comparison.ui;

import java.util.List;
import org.probation.analytics.comparison.ComparisonRow;
import org.probation.analytics.comparison.Direction;

/**
 * The one line a comparison view opens with, before the detail (issue 14, item 9): "Significant
 * (p < 0.1, under every consistent count): 0 rises and 4 falls; all survive Benjamini–Hochberg. 12
 * of 13 questions tested."
 */
final class Headline {

    private Headline() {}

    /** Over {@code rows} (the questions shown), at the inspectorate's rule p < α under every consistent count. */
    static String of(List<ComparisonRow> rows, double alpha) {
        return of(rows, alpha, null);
    }

    /** The same, naming side A ("Community sentences") where two peers are contrasted. */
    static String of(List<ComparisonRow> rows, double alpha, String nameA) {
        if (rows.isEmpty()) {
            return "No question to compare.";
        }
        Direction direction = rows.getFirst().directionKind();
        long up = rows.stream().filter(r -> r.significant() && r.diff() != null && r.diff() > 0).count();
        long down = rows.stream().filter(r -> r.significant() && r.diff() != null && r.diff() <= 0).count();
        long survive = rows.stream().filter(r -> r.significant() && "significant".equals(r.bhVerdict())).count();
        long depends = rows.stream().filter(r -> !r.significant() && (r.depends() || "depends".equals(r.bhVerdict()))).count();
        long tested = rows.stream().filter(r -> r.pMax() != null).count();
        String bh = up + down == 0 ? "" : up + down == survive ? "; all survive Benjamini–Hochberg"
                : survive == 0 ? "; none survives Benjamini–Hochberg" : "; " + survive + " of them survive Benjamini–Hochberg";
        String counted = direction == Direction.A_MINUS_B && nameA != null
                ? up + " with " + nameA + " higher and " + down + " lower" : direction.counted(up, down);
        return "Significant (p < " + Figures.alpha(alpha) + ", under every consistent count): " + counted
                + bh + (depends == 0 ? "" : "; " + depends + " more depend on the reading") + ". " + tested + " of "
                + rows.size() + " questions tested.";
    }
}
