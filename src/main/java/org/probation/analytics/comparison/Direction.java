package org.probation.analytics.comparison;

/**
 * Which way a comparison's differences read, the one convention of every view, table, chart, CSV
 * and API answer: the figure looked at minus the figure it is measured against. A later inspection
 * minus an earlier one; a provider minus its benchmark (the pool or the printed comparator); for two
 * peers (regions, sub-samples, the calculator's two groups) A − B. A positive difference is
 * always "more cases answered yes" on the side named first, which for these questions is better.
 */
public enum Direction {
    /** Side B (the later inspection) minus side A (the earlier one). */
    AFTER_MINUS_BEFORE("after − before", "after", "before", true, "rose", "fell"),
    /** Side A (the provider) minus side B (its benchmark). */
    PROVIDER_MINUS_BENCHMARK("provider − benchmark", "the provider", "the benchmark", false, "above", "below"),
    /** Side A minus side B, for two peers. */
    A_MINUS_B("A − B", "A", "B", false, "A higher", "A lower");

    private final String label;
    private final String first;
    private final String second;
    private final boolean bFirst;
    private final String higher;
    private final String lower;

    Direction(String label, String first, String second, boolean bFirst, String higher, String lower) {
        this.label = label;
        this.first = first;
        this.second = second;
        this.bFirst = bFirst;
        this.higher = higher;
        this.lower = lower;
    }

    /**
     * What a difference says in words: "rose" or "fell", "above" or "below", "A higher" or "A lower".
     * Every question counts cases answered yes, so a positive difference is the better result.
     */
    public String word(double difference) {
        return difference > 0 ? higher : difference < 0 ? lower : "no change";
    }

    /** "after − before": what a difference is, as headers and axes print it. */
    public String label() {
        return label;
    }

    /** The side the difference starts from ("after", "the provider", "A"). */
    public String first() {
        return first;
    }

    /** The side it is measured against. */
    public String second() {
        return second;
    }

    /** True when the difference reads B − A (side B is the one looked at). */
    public boolean bFirst() {
        return bFirst;
    }

    /** "after − before (B − A)": the label with the sides' letters, when they differ from it. */
    public String withSides() {
        return this == A_MINUS_B ? label : label + (bFirst ? " (B − A)" : " (A − B)");
    }

    /**
     * "2 rises and 1 fall", "2 above and 0 below", "2 with A higher and 1 with A lower": the
     * significant differences of a comparison counted by their sign, for a view's headline.
     */
    public String counted(long up, long down) {
        return switch (this) {
            case AFTER_MINUS_BEFORE ->
                up + (up == 1 ? " rise" : " rises") + " and " + down + (down == 1 ? " fall" : " falls");
            case PROVIDER_MINUS_BENCHMARK -> up + " above the benchmark and " + down + " below";
            case A_MINUS_B -> up + " with A higher and " + down + " with A lower";
        };
    }

    /** The direction a row's {@code direction} field names. */
    public static Direction of(String label) {
        for (Direction d : values()) {
            if (d.label.equals(label)) {
                return d;
            }
        }
        throw new IllegalArgumentException("no direction '" + label + "'");
    }
}
