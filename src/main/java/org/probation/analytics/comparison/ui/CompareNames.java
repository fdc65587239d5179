package org.probation.analytics.comparison.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.probation.analytics.comparison.Adjustment;
import org.probation.analytics.comparison.Figures;
import org.probation.analytics.comparison.ui.CompareFilter.Level;

/** What a Compare state is called where it leaves the page: a chart's title, a file's name. */
final class CompareNames {

    private CompareNames() {}

    /** What is compared, in words with display names: "Somerset (…) against all other providers (pooled)". */
    static String describe(CompareFilter f, UnaryOperator<String> name) {
        return switch (f.mode()) {
            case INSPECTIONS -> name.apply(f.before()) + " → " + name.apply(f.after()) + " (after − before)";
            case PEERS -> name.apply(f.before()) + " against " + name.apply(f.after()) + " (A − B)";
            case BENCHMARK ->
                name.apply(f.inspection()) + " against "
                        + switch (f.against() == null ? "national" : f.against()) {
                            case "region" -> "its region's other providers (pooled)";
                            case "comparator" -> "the comparator printed in its report";
                            default -> "all other providers of the framework (pooled)";
                        }
                        + " (provider − benchmark)";
            case REGIONS ->
                name.apply(f.regionA()) + " against " + name.apply(f.regionB()) + ", " + f.framework() + " (A − B)";
        };
    }

    /** The parts of a file name for this state: "compare", the mode's ids, α and BH. */
    static String[] fileParts(CompareFilter f) {
        List<String> parts = new ArrayList<>(List.of("compare", f.mode().code()));
        switch (f.mode()) {
            case INSPECTIONS -> parts.addAll(Arrays.asList(f.before(), "to", f.after()));
            case PEERS -> parts.addAll(Arrays.asList(f.before(), "vs", f.after()));
            case BENCHMARK -> parts.addAll(Arrays.asList(f.inspection(), "vs", f.against()));
            case REGIONS -> parts.addAll(Arrays.asList(f.framework(), f.regionA(), "vs", f.regionB()));
        }
        if (f.level() != Level.ALL) {
            parts.add(f.level().code);
        }
        if (f.standard() != null) {
            parts.add("standard-" + f.standard());
        }
        parts.add("alpha-" + Figures.alpha(f.alpha()));
        if (f.adjustment() != Adjustment.NONE) {
            parts.add(f.adjustment().code());
        }
        return parts.stream().filter(Objects::nonNull).toArray(String[]::new);
    }
}
