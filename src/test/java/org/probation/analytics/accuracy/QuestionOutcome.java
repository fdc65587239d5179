package org.probation.analytics.accuracy;

import java.util.ArrayList;
import java.util.List;
import org.probation.analytics.accuracy.LoadedEstimates.Estimate;
import org.probation.analytics.stats.Alternative;
import org.probation.analytics.stats.ReadingRange;
import org.probation.analytics.stats.Verdict;

/**
 * How the loader's estimate of one community / licence / all question compares with its true
 * counts: the point, the set of consistent solutions, and the community-vs-licence test.
 *
 * @param recovered        the points of community, licence and all cases are the true counts
 * @param allRecovered     the all-cases point is the true count
 * @param claimsUnique     some row says its estimate is the only consistent count
 * @param uniqueButWrong   some row says its estimate is unique, and its point is not the true count
 * @param gaveUp           community or licence is left unknown
 * @param truthInSet       the true (xc, nc, xl, nl) is among the consistent solutions
 * @param trulySignificant the test on the true counts is significant
 * @param verdict          the verdict of the test run over every consistent solution
 * @param contradicted     the verdict is significant (or not significant) under every solution, and the truth says otherwise
 * @param pointFlagDiffers the test on the point estimate flags differently from the truth (unknown = not flagged)
 */
record QuestionOutcome(
        QuestionKind kind,
        boolean recovered,
        boolean allRecovered,
        boolean claimsUnique,
        boolean uniqueButWrong,
        boolean gaveUp,
        boolean truthInSet,
        boolean trulySignificant,
        Verdict verdict,
        boolean contradicted,
        boolean pointFlagDiffers) {

    /** The significance level of the community-vs-licence test, two-sided. */
    static final double ALPHA = 0.1;

    static QuestionOutcome of(Truth.Question q, Estimate c, Estimate l, Estimate a) {
        boolean okC = c.is(q.xc(), q.nc());
        boolean okL = l.is(q.xl(), q.nl());
        boolean okA = a.is(q.xa(), q.na());
        boolean claimsUnique = c.unique() || l.unique() || a.unique();
        boolean uniqueButWrong = (c.unique() && !okC) || (l.unique() && !okL) || (a.unique() && !okA);
        List<int[]> solutions = solutions(c, l);
        boolean inSet =
                solutions.stream().anyMatch(s -> s[0] == q.xc() && s[1] == q.nc() && s[2] == q.xl() && s[3] == q.nl());
        boolean trueSig = significant(q.xc(), q.nc(), q.xl(), q.nl());
        Verdict verdict = verdict(solutions);
        boolean contradicted =
                (verdict == Verdict.SIGNIFICANT && !trueSig) || (verdict == Verdict.NOT_SIGNIFICANT && trueSig);
        boolean pointSig = c.known() && l.known() && significant(c.yes(), c.n(), l.yes(), l.n());
        return new QuestionOutcome(
                q.kind(),
                okC && okL && okA,
                okA,
                claimsUnique,
                uniqueButWrong,
                !c.known() || !l.known(),
                inSet,
                trueSig,
                verdict,
                contradicted,
                pointSig != trueSig);
    }

    /**
     * Every consistent (xc, nc, xl, nl): the two lists paired by position when they come from one
     * joint split, else every community reading with every licence reading; none when either is unknown.
     */
    static List<int[]> solutions(Estimate c, Estimate l) {
        List<int[]> out = new ArrayList<>();
        if (!c.known() || !l.known()) {
            return out;
        }
        if (c.joint() && l.joint() && c.readings().size() == l.readings().size()) {
            for (int i = 0; i < c.readings().size(); i++) {
                out.add(pair(c.readings().get(i), l.readings().get(i)));
            }
        } else {
            for (int[] rc : c.readings()) {
                for (int[] rl : l.readings()) {
                    out.add(pair(rc, rl));
                }
            }
        }
        return out;
    }

    /** The test over every solution at {@link #ALPHA}, two-sided; not tested when there is none. */
    static Verdict verdict(List<int[]> solutions) {
        if (solutions.isEmpty()) {
            return Verdict.NOT_TESTED;
        }
        ReadingRange.Builder range = new ReadingRange.Builder(ALPHA);
        for (int[] s : solutions) {
            range.add(
                    ReadingRange.twoSampleP(s[0], s[1], s[2], s[3], Alternative.TWO_SIDED),
                    ReadingRange.twoSampleGuard(s[0], s[1], s[2], s[3]));
        }
        return range.build().verdict();
    }

    static boolean significant(int xc, int nc, int xl, int nl) {
        Double p = ReadingRange.twoSampleP(xc, nc, xl, nl, Alternative.TWO_SIDED);
        return p != null && p < ALPHA;
    }

    private static int[] pair(int[] community, int[] licence) {
        return new int[] {community[0], community[1], licence[0], licence[1]};
    }
}
