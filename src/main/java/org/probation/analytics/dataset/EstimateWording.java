package org.probation.analytics.dataset;

import java.util.IntSummaryStatistics;
import org.probation.analytics.dataset.CountEstimator.Base;
import org.probation.analytics.dataset.CountEstimator.Result;

/** How an estimate was reached, in the words of its basis. */
final class EstimateWording {

    private EstimateWording() {}

    static String tier(Result fit, Base base) {
        return switch (fit.tier()) {
            case EXACT -> "at the sample sizes";
            case RELEVANT ->
                "relevant cases only (" + QuestionBase.words(base) + "): any denominator up to the sample sizes";
            case FALLBACK ->
                "relevant cases only although " + QuestionBase.words(base)
                        + ", because no count at the sample sizes fits: denominators below the sizes";
        };
    }

    /** "unique solution", or how many counts fit, their range of n, and which one is shown. */
    static String solutions(Result fit, int member) {
        if (fit.unique()) {
            return "unique solution";
        }
        IntSummaryStatistics n = fit.solutions().stream()
                .mapToInt(s -> s.counts().get(member)[1])
                .summaryStatistics();
        return fit.solutions().size() + " consistent counts (n from " + n.getMin() + " to " + n.getMax()
                + "); the one shown is "
                + (fit.pointAtSizes() ? "at the sample sizes" : "the one with the largest denominators")
                + ", and tests are run over all of them";
    }
}
