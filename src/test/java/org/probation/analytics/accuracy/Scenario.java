package org.probation.analytics.accuracy;

/** How the stated community / licence sizes relate to the true ones, and the targets the estimator must meet there. */
enum Scenario {
    /** The stated sizes are the true sizes. */
    SPLIT_RIGHT("split_right", 0.83, 0.01, 0.002),
    /** The stated community and licence sizes are the true ones swapped (only unequal sizes drawn). */
    SPLIT_SWAPPED("split_swapped", 0.80, 0.01, 0.005);

    final String code;
    final double minRecovered;
    final double maxUniqueButWrong;
    final double maxContradicted;

    Scenario(String code, double minRecovered, double maxUniqueButWrong, double maxContradicted) {
        this.code = code;
        this.minRecovered = minRecovered;
        this.maxUniqueButWrong = maxUniqueButWrong;
        this.maxContradicted = maxContradicted;
    }

    boolean swapped() {
        return this == SPLIT_SWAPPED;
    }
}
