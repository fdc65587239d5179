package org.probation.analytics.comparison.ui;

import org.probation.analytics.comparison.ComparisonSummary;
import org.probation.analytics.comparison.Direction;
import org.probation.analytics.comparison.Figures;

/**
 * The one line a comparison view opens with, before the detail (issue 14, item 9): "Significant
 * (p < 0.1, under every consistent count): 0 rises and 4 falls; all survive Benjamini–Hochberg. 12
 * of 13 questions tested." The counts are the comparison service's ({@link ComparisonSummary}).
 */
public final class Headline {

    private Headline() {}

    /** The headline of a summary whose differences read as {@code direction}. */
    public static String of(ComparisonSummary s, Direction direction) {
        return of(s, direction, null);
    }

    /** The same, naming side A ("Community sentences") where two peers are contrasted. */
    public static String of(ComparisonSummary s, Direction direction, String nameA) {
        if (s.shown() == 0) {
            return "No question to compare.";
        }
        int up = s.rises();
        int down = s.falls();
        int survive = s.survive();
        String adjustment = s.familyAdjustment().label();
        String survival = up + down == 0
                ? ""
                : up + down == survive
                        ? "; all survive " + adjustment
                        : survive == 0
                                ? "; none survives " + adjustment
                                : "; " + survive + " of them survive " + adjustment;
        String counted = direction == Direction.A_MINUS_B && nameA != null
                ? up + " with " + nameA + " higher and " + down + " lower"
                : direction.counted(up, down);
        return "Significant (p < " + Figures.alpha(s.alpha()) + ", under every consistent count): " + counted
                + survival + (s.dependsAny() == 0 ? "" : "; " + s.dependsAny() + " more depend on the reading") + ". "
                + s.testedAnyReading() + " of " + s.shown() + " questions tested.";
    }
}
