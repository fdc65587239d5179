package org.probation.analytics.dataset;

import static org.jooq.impl.DSL.abs;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.round;
import static org.jooq.impl.DSL.when;
import static org.probation.analytics.db.Tables.CASE_SAMPLE;
import static org.probation.analytics.db.Tables.RESULT;
import static org.probation.analytics.db.Tables.STANDARD_SAMPLE;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.duckdb.DuckDBConnection;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.probation.analytics.dataset.CountEstimator.Figure;
import org.probation.analytics.dataset.CountEstimator.Result;
import org.probation.analytics.dataset.CountEstimator.Solution;
import org.probation.analytics.db.tables.records.ResultRecord;

/**
 * Estimates the counts behind results whose count the report does not state, from every
 * printed figure of the same question at once and the stated sample sizes, and flags figures no
 * whole counts can produce. Runs inside the load's transaction; estimates are stored apart from
 * stated counts and never overwrite them.
 */
final class DenominatorEstimation {

    private final DuckDBConnection conn;
    private final DSLContext dsl;
    private final EstimateWrites writes = new EstimateWrites();

    DenominatorEstimation(DuckDBConnection conn) {
        this.conn = conn;
        this.dsl = DSL.using(conn, SQLDialect.DUCKDB);
    }

    void run() throws SQLException {
        Map<String, String> sampleOfStandard = dsl.selectFrom(STANDARD_SAMPLE).fetch().stream()
                .collect(Collectors.toMap(s -> s.getFramework() + "|" + s.getStandardCode(), s -> s.getSample()));
        Map<String, Integer> sizes = new HashMap<>();
        dsl.selectFrom(CASE_SAMPLE).fetch().forEach(s ->
                sizes.put(s.getInspectionId() + "|" + s.getSample() + "|" + s.getSubsample(), s.getCases()));
        // Only the rows with something to do: counts to estimate, and stated counts that may not
        // give the printed percent (checked exactly in estimateSingle).
        Map<String, List<ResultRecord>> groups = dsl.selectFrom(RESULT)
                .where(RESULT.YES_COUNT.isNull().or(statedCountMayNotFit()))
                .orderBy(RESULT.INSPECTION_ID, RESULT.ITEM_CODE, RESULT.SOURCE_SECTION)
                .fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getInspectionId() + "|" + r.getItemCode() + "|" + r.getSourceSection(),
                        LinkedHashMap::new, Collectors.toList()));
        for (List<ResultRecord> group : groups.values()) {
            ResultRecord first = group.getFirst();
            String sample = sampleOfStandard.get(first.getFramework() + "|" + standardOf(first.getItemCode()));
            Map<String, ResultRecord> bySubsample = group.stream()
                    .collect(Collectors.toMap(ResultRecord::getSubsample, r -> r));
            Sizes groupSizes = new Sizes(sizes, first.getInspectionId(), sample);
            ResultRecord c = bySubsample.get("community");
            ResultRecord l = bySubsample.get("licence");
            ResultRecord a = bySubsample.get("all");
            if (c != null && l != null && a != null && needsEstimate(c, l, a)) {
                estimateSplit(c, l, a, groupSizes);
                group.stream().filter(r -> r != c && r != l && r != a).forEach(r -> estimateSingle(r, groupSizes));
            } else {
                group.forEach(r -> estimateSingle(r, groupSizes));
            }
        }
        writes.write(conn);
    }

    /**
     * The stated counts whose percent may differ from the printed one by more than its rounding
     * ({@link CountEstimator.Figure#fits}, without its 1e-9 slack): a superset of those that do.
     * The groups of the other rows come out the same without them: a stated count anywhere in a
     * community / licence / all triple means no split estimate, as a missing member does.
     */
    private static Condition statedCountMayNotFit() {
        Field<Double> fromCounts = inline(100.0).times(RESULT.YES_COUNT.cast(SQLDataType.DOUBLE))
                .div(RESULT.DENOMINATOR.cast(SQLDataType.DOUBLE));
        Field<Double> halfUnit = when(RESULT.PERCENT.eq(round(RESULT.PERCENT)), inline(0.5))
                .when(RESULT.PERCENT.times(10).eq(round(RESULT.PERCENT.times(10))), inline(0.05))
                .otherwise(inline(0.005));
        return RESULT.PERCENT_KIND.eq("printed")
                .and(abs(fromCounts.minus(RESULT.PERCENT.cast(SQLDataType.DOUBLE))).gt(halfUnit));
    }

    private void estimateSplit(ResultRecord c, ResultRecord l, ResultRecord a, Sizes sizes) {
        int nc = sizes.of("community");
        int nl = sizes.of("licence");
        if (nc == 0 || nl == 0) {
            estimateSingle(c, sizes);
            estimateSingle(l, sizes);
            estimateSingle(a, sizes);
            return;
        }
        Result fit = CountEstimator.split(figure(c, nc), figure(l, nl), figure(a, sizes.of("all")), relevantOnly(c));
        String printed = c.getPercentPrinted() + " / " + l.getPercentPrinted() + " / " + a.getPercentPrinted();
        Result swapped = CountEstimator.split(figure(c, nl), figure(l, nc), figure(a, nc + nl));
        boolean swappedFits = swapped.found() && !swapped.relevantOnly();
        if (!fit.found()) {
            flag(a, "no_whole_counts", "No whole counts within the stated sample sizes (community " + label(nc)
                    + ", licence " + label(nl) + ") give " + printed + " (community / licence / all, all = community + licence)"
                    + (swappedFits ? "; " + nl + " community and " + nc + " licence cases would." : "."));
            return;
        }
        if (fit.relevantOnly() && !isMarked(c)) {
            flag(a, "split_contradicted", "The stated split of " + nc + " community and " + nl + " licence cases cannot give "
                    + printed + " for a question asked of every case"
                    + (swappedFits ? "; " + nl + " community and " + nc + " licence cases would." : "."));
        }
        String basis = (fit.relevantOnly()
                ? "relevant cases only: denominators up to the stated sample sizes"
                : "the stated sample sizes") + " (community " + label(nc) + ", licence " + label(nl)
                + "), with all cases = community + licence; " + solutionsLabel(fit);
        Solution best = fit.best();
        write(c, best.counts().get(0), basis, fit.unique());
        write(l, best.counts().get(1), basis, fit.unique());
        write(a, best.counts().get(2), basis, fit.unique());
    }

    private void estimateSingle(ResultRecord r, Sizes sizes) {
        if (r.getYesCount() != null) {
            if (!figure(r, 0).fits(r.getYesCount(), r.getDenominator()) && r.getPercentKind().equals("printed")) {
                flag(r, "count_percent_mismatch", "The stated " + r.getYesCount() + " of " + r.getDenominator()
                        + " is " + String.format("%.1f", 100.0 * r.getYesCount() / r.getDenominator())
                        + "%, not the printed " + r.getPercentPrinted() + ".");
            }
            return;
        }
        int size = sizes.of(r.getSubsample());
        Result fit = CountEstimator.single(figure(r, size), relevantOnly(r));
        if (!fit.found()) {
            if (r.getDenominator() != null) {
                flag(r, "impossible_percent", "No whole count of the stated " + r.getDenominator()
                        + " cases gives " + r.getPercentPrinted() + ".");
            } else if (size > 0) {
                flag(r, "no_whole_counts", "No whole count of up to the stated " + size + " cases gives "
                        + r.getPercentPrinted() + ".");
            }
            return;
        }
        String basis = r.getDenominator() != null
                ? "yes count from the printed percent of the stated denominator " + r.getDenominator()
                : (fit.relevantOnly() ? "relevant cases only (" + (relevantOnly(r) ? "the question is marked as not applying to "
                        + "every case" : "no count of the whole sample fits") + "): a denominator up to the stated sample size " + size
                        : "the stated sample size " + size) + "; " + solutionsLabel(fit);
        write(r, fit.best().counts().getFirst(), basis, fit.unique());
    }

    private void write(ResultRecord r, int[] count, String basis, boolean unique) {
        if (r.getYesCount() == null) {
            writes.estimate(r, count, basis, unique);
        }
    }

    private void flag(ResultRecord r, String rule, String reason) {
        writes.flag(r, rule, reason);
    }

    private static boolean needsEstimate(ResultRecord... rows) {
        for (ResultRecord r : rows) {
            if (r.getYesCount() != null || r.getDenominator() != null) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMarked(ResultRecord r) {
        return r.getMarker() != null && r.getMarker().contains("*");
    }

    /** A question marked as not applying to every case (a marker, or a note on its base) may have n below the size. */
    private static boolean relevantOnly(ResultRecord r) {
        return r.getMarker() != null || r.getMarkerMeaning() != null;
    }

    private static Figure figure(ResultRecord r, int sampleSize) {
        double percent = r.getPercent().doubleValue();
        int decimals = percent == Math.rint(percent) ? 0 : (percent * 10 == Math.rint(percent * 10) ? 1 : 2);
        return new Figure(percent, decimals, r.getDenominator(), sampleSize);
    }

    private static String standardOf(String itemCode) {
        String[] parts = itemCode.split("\\.");
        return parts.length >= 2 ? parts[0] + "." + parts[1] : itemCode;
    }

    private static String label(int size) {
        return size > 0 ? String.valueOf(size) : "not stated";
    }

    private static String solutionsLabel(Result fit) {
        if (fit.unique()) {
            return "unique solution";
        }
        int min = fit.solutions().stream().mapToInt(s -> s.counts().getLast()[1]).min().orElse(0);
        int max = fit.solutions().stream().mapToInt(s -> s.counts().getLast()[1]).max().orElse(0);
        return fit.solutions().size() + (fit.solutions().size() >= CountEstimator.MAX_SOLUTIONS ? "+" : "")
                + " solutions (n from " + min + " to " + max + "); the one with the largest denominators is shown";
    }

    /** Stated sample sizes of one inspection's sample; all cases = community + licence where only those are stated. */
    private record Sizes(Map<String, Integer> sizes, String inspection, String sample) {
        int of(String subsample) {
            Integer stated = sizes.get(inspection + "|" + sample + "|" + subsample);
            if (stated != null) {
                return stated;
            }
            if (subsample.equals("all")) {
                Integer c = sizes.get(inspection + "|" + sample + "|community");
                Integer l = sizes.get(inspection + "|" + sample + "|licence");
                return c != null && l != null ? c + l : 0;
            }
            return 0;
        }
    }
}
