package org.probation.analytics.dataset;

import static org.jooq.impl.DSL.abs;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.round;
import static org.jooq.impl.DSL.when;
import static org.probation.analytics.db.Tables.CASE_SAMPLE;
import static org.probation.analytics.db.Tables.RESULT;
import static org.probation.analytics.db.Tables.STANDARD_SAMPLE;

import java.sql.SQLException;
import java.util.ArrayList;
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
import org.probation.analytics.dataset.CountEstimator.Base;
import org.probation.analytics.dataset.CountEstimator.Figure;
import org.probation.analytics.dataset.CountEstimator.Result;
import org.probation.analytics.dataset.CountEstimator.Tier;
import org.probation.analytics.db.tables.records.CaseSampleRecord;
import org.probation.analytics.db.tables.records.ResultRecord;

/**
 * Estimates the counts behind results whose count the report does not state, from every
 * printed figure of the same question at once and the stated sample sizes (read as stated or
 * swapped, per inspection and sample: {@link SampleReading}), and flags figures no whole counts
 * can produce. Every consistent count is kept with the point shown, so that tests can be run over
 * all of them. Runs inside the load's transaction; estimates are stored apart from stated counts
 * and never overwrite them.
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
        Map<String, CaseSampleRecord> samples = new HashMap<>();
        dsl.selectFrom(CASE_SAMPLE)
                .fetch()
                .forEach(s -> samples.put(s.getInspectionId() + "|" + s.getSample() + "|" + s.getSubsample(), s));
        // Only the rows with something to do: counts to estimate, and stated counts that may not
        // give the printed percent (checked exactly in estimateSingle).
        Map<String, List<ResultRecord>> groups = dsl
                .selectFrom(RESULT)
                .where(RESULT.YES_COUNT.isNull().or(statedCountMayNotFit()))
                .orderBy(RESULT.INSPECTION_ID, RESULT.ITEM_CODE, RESULT.SOURCE_SECTION)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(
                        r -> r.getInspectionId() + "|" + r.getItemCode() + "|" + r.getSourceSection(),
                        LinkedHashMap::new,
                        Collectors.toList()));
        List<Group> all = new ArrayList<>();
        for (List<ResultRecord> rows : groups.values()) {
            ResultRecord first = rows.getFirst();
            String sample = sampleOfStandard.get(first.getFramework() + "|" + standardOf(first.getItemCode()));
            all.add(new Group(rows, first.getInspectionId() + "|" + sample));
        }
        Map<String, SampleReading> readings = readings(all, samples);
        for (Group g : all) {
            SampleSizes sizes = new SampleSizes(samples, g.sample(), readings.get(g.sample()));
            ResultRecord c = g.row("community");
            ResultRecord l = g.row("licence");
            ResultRecord a = g.row("all");
            if (g.isTriple()) {
                estimateSplit(c, l, a, sizes);
                g.rows().stream().filter(r -> r != c && r != l && r != a).forEach(r -> estimateSingle(r, sizes));
            } else {
                g.rows().forEach(r -> estimateSingle(r, sizes));
            }
        }
        writes.write(conn);
    }

    /** One question's printing: its rows by sub-sample, and the inspection and sample it belongs to. */
    private record Group(List<ResultRecord> rows, String sample) {
        ResultRecord row(String subsample) {
            return rows.stream()
                    .filter(r -> r.getSubsample().equals(subsample))
                    .findFirst()
                    .orElse(null);
        }

        /** Community, licence and all cases, none with a stated count or denominator. */
        boolean isTriple() {
            ResultRecord c = row("community");
            ResultRecord l = row("licence");
            ResultRecord a = row("all");
            return c != null && l != null && a != null && needsEstimate(c, l, a);
        }
    }

    /** The reading of every sample with both sub-sample sizes stated, from its triples; flagged where it matters. */
    private Map<String, SampleReading> readings(List<Group> groups, Map<String, CaseSampleRecord> samples) {
        Map<String, List<SampleReading.Triple>> triples = new LinkedHashMap<>();
        for (Group g : groups) {
            CaseSampleRecord sc = samples.get(g.sample() + "|community");
            CaseSampleRecord sl = samples.get(g.sample() + "|licence");
            if (g.isTriple() && sc != null && sl != null) {
                triples.computeIfAbsent(g.sample(), k -> new ArrayList<>())
                        .add(new SampleReading.Triple(
                                figure(g.row("community"), sc.getCases()),
                                figure(g.row("licence"), sl.getCases()),
                                figure(g.row("all"), sc.getCases() + sl.getCases())));
            }
        }
        Map<String, SampleReading> readings = new HashMap<>();
        triples.forEach((sample, list) -> {
            CaseSampleRecord sc = samples.get(sample + "|community");
            SampleReading reading = SampleReading.of(
                    sc.getCases(), samples.get(sample + "|licence").getCases(), list);
            readings.put(sample, reading);
            if (reading.flagged()) {
                writes.flag(
                        sc.getInspectionId(),
                        "sample_reading",
                        sc.getSample(),
                        null,
                        "The " + sc.getSample().replace('_', ' ') + " sample is " + reading.sentence() + ".",
                        sc.getSourceFile(),
                        sc.getSourceLine());
            }
        });
        return readings;
    }

    /**
     * The stated counts whose percent may differ from the printed one by more than its rounding
     * ({@link CountEstimator.Figure#fits}, without its 1e-9 slack): a superset of those that do.
     * The groups of the other rows come out the same without them: a stated count anywhere in a
     * community / licence / all triple means no split estimate, as a missing member does.
     */
    private static Condition statedCountMayNotFit() {
        Field<Double> fromCounts = inline(100.0)
                .times(RESULT.YES_COUNT.cast(SQLDataType.DOUBLE))
                .div(RESULT.DENOMINATOR.cast(SQLDataType.DOUBLE));
        Field<Double> halfUnit = when(RESULT.PERCENT.eq(round(RESULT.PERCENT)), inline(0.5))
                .when(RESULT.PERCENT.times(10).eq(round(RESULT.PERCENT.times(10))), inline(0.05))
                .otherwise(inline(0.005));
        return RESULT.PERCENT_KIND
                .eq("printed")
                .and(abs(fromCounts.minus(RESULT.PERCENT.cast(SQLDataType.DOUBLE)))
                        .gt(halfUnit));
    }

    private void estimateSplit(ResultRecord c, ResultRecord l, ResultRecord a, SampleSizes sizes) {
        int nc = sizes.of("community");
        int nl = sizes.of("licence");
        if (nc == 0 || nl == 0) {
            estimateSingle(c, sizes);
            estimateSingle(l, sizes);
            estimateSingle(a, sizes);
            return;
        }
        Base base = QuestionBase.of(c, l, a);
        Result fit = CountEstimator.split(figure(c, nc), figure(l, nl), figure(a, nc + nl), base);
        String printed = c.getPercentPrinted() + " / " + l.getPercentPrinted() + " / " + a.getPercentPrinted();
        String sample = sizes.words(nc, nl);
        if (!fit.found()) {
            flag(
                    a,
                    fit.tooMany() ? "too_many_readings" : "no_whole_counts",
                    (fit.tooMany()
                                    ? "More than " + CountEstimator.MAX_SOLUTIONS
                                            + " counts (or too large a search) fit " + printed
                                    : "No whole counts at or below the sample sizes give " + printed)
                            + " (community / licence / all, all = community + licence), " + sample
                            + ". The community and licence counts are left unknown; the all-cases count is estimated on its own.");
            estimateSingle(
                    a,
                    sizes,
                    "the community / licence split fits no whole counts (flagged), so all cases on its own: ");
            return;
        }
        if (fit.tier() == Tier.FALLBACK) {
            flag(
                    a,
                    "relevant_only_fallback",
                    "No counts at the sample sizes give " + printed + " (community / licence / all), "
                            + sample + "; read as relevant cases only (n below the sizes), although the question is "
                            + QuestionBase.words(base) + ".");
        }
        String basis = sample + "; " + EstimateWording.tier(fit, base) + ", all cases = community + licence; ";
        write(c, fit, 0, basis + EstimateWording.solutions(fit, 0), true);
        write(l, fit, 1, basis + EstimateWording.solutions(fit, 1), true);
        write(a, fit, 2, basis + EstimateWording.solutions(fit, 2), true);
    }

    private void estimateSingle(ResultRecord r, SampleSizes sizes) {
        estimateSingle(r, sizes, "");
    }

    private void estimateSingle(ResultRecord r, SampleSizes sizes, String why) {
        if (r.getYesCount() != null) {
            if (!figure(r, 0).fits(r.getYesCount(), r.getDenominator())
                    && r.getPercentKind().equals("printed")) {
                flag(
                        r,
                        "count_percent_mismatch",
                        "The stated " + r.getYesCount() + " of " + r.getDenominator()
                                + " is " + String.format("%.1f", 100.0 * r.getYesCount() / r.getDenominator())
                                + "%, not the printed " + r.getPercentPrinted() + ".");
            }
            return;
        }
        int size = sizes.of(r.getSubsample());
        Base base = QuestionBase.of(r);
        Result fit = CountEstimator.single(figure(r, size), base);
        if (!fit.found()) {
            if (fit.tooMany()) {
                flag(
                        r,
                        "too_many_readings",
                        "More than " + CountEstimator.MAX_SOLUTIONS + " counts of up to " + size + " cases give "
                                + r.getPercentPrinted() + ": the printed figure does not pin the count down.");
            } else if (r.getDenominator() != null) {
                flag(
                        r,
                        "impossible_percent",
                        "No whole count of the stated " + r.getDenominator() + " cases gives " + r.getPercentPrinted()
                                + ".");
            } else if (size > 0) {
                flag(
                        r,
                        "no_whole_counts",
                        "No whole count of up to the stated " + size + " cases gives " + r.getPercentPrinted() + ".");
            }
            return;
        }
        if (fit.tier() == Tier.FALLBACK) {
            flag(
                    r,
                    "relevant_only_fallback",
                    "No count of the sample's " + size + " cases gives " + r.getPercentPrinted()
                            + "; read as relevant cases only (n below " + size + "), although the question is "
                            + QuestionBase.words(base) + ".");
        }
        String basis = r.getDenominator() != null
                ? "yes count from the printed percent of the stated denominator " + r.getDenominator()
                : sizes.single(r.getSubsample(), size) + "; " + EstimateWording.tier(fit, base);
        write(r, fit, 0, why + basis + "; " + EstimateWording.solutions(fit, 0), false);
    }

    private void write(ResultRecord r, Result fit, int member, String basis, boolean joint) {
        if (r.getYesCount() == null) {
            writes.estimate(
                    r,
                    fit.point().counts().get(member),
                    basis,
                    fit.solutions().stream().map(s -> s.counts().get(member)).toList(),
                    joint);
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

    private static Figure figure(ResultRecord r, int sampleSize) {
        double percent = r.getPercent().doubleValue();
        int decimals = percent == Math.rint(percent) ? 0 : (percent * 10 == Math.rint(percent * 10) ? 1 : 2);
        return new Figure(percent, decimals, r.getDenominator(), sampleSize);
    }

    private static String standardOf(String itemCode) {
        String[] parts = itemCode.split("\\.");
        return parts.length >= 2 ? parts[0] + "." + parts[1] : itemCode;
    }
}
