package org.probation.analytics.dataset;

import java.util.List;
import org.probation.analytics.dataset.CountEstimator.Figure;

/**
 * Which community / licence sizes an inspection's sample is read at. A report states the split
 * ("16 community and 24 licence cases"); its percentages may fit the swapped split instead. The
 * community / licence / all triples that fit each reading exactly are counted, and the swapped
 * one is used only when strictly more fit it. The stated figures stay as printed.
 *
 * @param community   the community size used
 * @param licence     the licence size used
 * @param statedCommunity the community size as stated
 * @param statedLicence   the licence size as stated
 * @param triples     the triples counted
 * @param fitStated   how many fit the stated sizes exactly
 * @param fitSwapped  how many fit the swapped sizes exactly
 * @param fitAll      how many all-cases figures fit the whole sample (community + licence) on their own
 */
record SampleReading(
        int community,
        int licence,
        int statedCommunity,
        int statedLicence,
        int triples,
        int fitStated,
        int fitSwapped,
        int fitAll) {

    /** One triple's figures, each carrying its stated size. */
    record Triple(Figure community, Figure licence, Figure all) {}

    static SampleReading of(int statedCommunity, int statedLicence, List<Triple> triples) {
        int stated = 0;
        int swapped = 0;
        int all = 0;
        int whole = statedCommunity + statedLicence;
        for (Triple t : triples) {
            stated +=
                    CountEstimator.fitsAt(t.community(), t.licence(), t.all(), statedCommunity, statedLicence) ? 1 : 0;
            swapped += statedCommunity != statedLicence
                            && CountEstimator.fitsAt(
                                    t.community(), t.licence(), t.all(), statedLicence, statedCommunity)
                    ? 1
                    : 0;
            all += t.all().yesCounts(whole).length > 0 ? 1 : 0;
        }
        boolean swap = swapped > stated;
        return new SampleReading(
                swap ? statedLicence : statedCommunity,
                swap ? statedCommunity : statedLicence,
                statedCommunity,
                statedLicence,
                triples.size(),
                stated,
                swapped,
                all);
    }

    boolean swapped() {
        return community != statedCommunity;
    }

    /** Worth a data-quality flag: read swapped, or some triples fit neither size exactly. */
    boolean flagged() {
        return triples > 0 && (swapped() || Math.max(fitStated, fitSwapped) < triples);
    }

    /** "read as 24 community and 16 licence cases: 59 of 70 triples fit 24/16; 2 of 70 fit 16/24 as stated". */
    String sentence() {
        String s = (swapped()
                        ? "read as " + community + " community and " + licence
                                + " licence cases, the stated split swapped"
                        : "read as stated, " + community + " community and " + licence + " licence cases")
                + " (community / licence / all triples fitting each split exactly: " + fitStated + " of " + triples
                + " fit "
                + statedCommunity + "/" + statedLicence + " as stated";
        if (statedCommunity != statedLicence) {
            s += "; " + fitSwapped + " of " + triples + " fit " + statedLicence + "/" + statedCommunity + " swapped";
        }
        if (fitStated == 0 && fitSwapped == 0) {
            s += "; neither fits, and " + fitAll + " of " + triples + " all-cases figures fit all "
                    + (community + licence) + " cases on their own";
        }
        return s + ")";
    }
}
