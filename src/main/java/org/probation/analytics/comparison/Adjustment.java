package org.probation.analytics.comparison;

import java.util.Arrays;
import java.util.Optional;
import org.probation.analytics.stats.MultipleComparisons;
import org.probation.analytics.stats.Verdict;

/**
 * How the p-values of one comparison are adjusted for testing its many questions at once, and so
 * what "significant" means: the inspectorate's rule on each p, Benjamini–Hochberg's q (the false
 * discovery rate) or Holm's adjusted p (the chance of any false flag). Each row carries its verdict
 * under every adjustment ({@link ComparisonStatistics} computes them), so a view picks one by name.
 */
public enum Adjustment {
    NONE("none", "no adjustment", "", "p", "None: significant when p < α (the inspectorate's rule)"),
    BENJAMINI_HOCHBERG("bh", "Benjamini–Hochberg", "BH", "q", "Benjamini–Hochberg: only q < α (false discovery rate)"),
    HOLM("holm", "Holm", "Holm", "Holm-adjusted p", "Holm: only adjusted p < α (any false flag)");

    private final String code;
    private final String label;
    private final String abbreviation;
    private final String statistic;
    private final String option;

    Adjustment(String code, String label, String abbreviation, String statistic, String option) {
        this.code = code;
        this.label = label;
        this.abbreviation = abbreviation;
        this.statistic = statistic;
        this.option = option;
    }

    /** How a chooser offers it: "Holm: only adjusted p < α (any false flag)". */
    public String option() {
        return option;
    }

    /** "BH", "Holm", empty for none: for a column header. */
    public String abbreviation() {
        return abbreviation;
    }

    /** The URL's and API's name: {@code none}, {@code bh}, {@code holm}. */
    public String code() {
        return code;
    }

    /** "Benjamini–Hochberg". */
    public String label() {
        return label;
    }

    /** What is compared with α: "p", "q", "Holm-adjusted p". */
    public String statistic() {
        return statistic;
    }

    /** "p < 0.1", "q < 0.1 (Benjamini–Hochberg)", "Holm-adjusted p < 0.1 (Holm)". */
    public String rule(String alpha) {
        return statistic + " < " + alpha + (this == NONE ? "" : " (" + label + ")");
    }

    /** The family's adjusted p-values, in the order given (as they are for {@link #NONE}). */
    double[] adjust(double[] p) {
        return switch (this) {
            case NONE -> p.clone();
            case BENJAMINI_HOCHBERG -> MultipleComparisons.benjaminiHochberg(p);
            case HOLM -> MultipleComparisons.holm(p);
        };
    }

    /** The row's verdict under this adjustment, over every count consistent with the printed figures. */
    public Verdict verdict(ComparisonRow row) {
        String code = switch (this) {
            case NONE -> row.verdict();
            case BENJAMINI_HOCHBERG -> row.bhVerdict();
            case HOLM -> row.holmVerdict();
        };
        return code == null ? Verdict.NOT_TESTED : Verdict.of(code);
    }

    /** Significant under every consistent count, by this adjustment. */
    public boolean significant(ComparisonRow row) {
        return verdict(row) == Verdict.SIGNIFICANT;
    }

    /** Significant under some consistent counts and not under others, by this adjustment. */
    public boolean depends(ComparisonRow row) {
        return verdict(row) == Verdict.DEPENDS;
    }

    /** The adjustment a URL or API code names, if any. */
    public static Optional<Adjustment> of(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
