package org.probation.analytics.accuracy;

import java.util.List;

/** The hidden truth of one generated inspection: its true and stated sizes and every question's true counts. */
record Truth(
        String inspectionId,
        int trueCommunity,
        int trueLicence,
        int statedCommunity,
        int statedLicence,
        List<Question> questions) {

    /** One question's true counts, community x of n and licence x of n (all cases is their sum). */
    record Question(String itemCode, QuestionKind kind, int xc, int nc, int xl, int nl) {
        int xa() {
            return xc + xl;
        }

        int na() {
            return nc + nl;
        }
    }

    /** Whether the stated split is the true one swapped (equal sizes read the same either way). */
    boolean swapped() {
        return trueCommunity != statedCommunity;
    }
}
