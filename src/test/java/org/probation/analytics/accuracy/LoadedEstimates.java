package org.probation.analytics.accuracy;

import static org.probation.analytics.db.Tables.DATA_QUALITY_FLAG;
import static org.probation.analytics.db.Tables.RESULT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/** What the loader wrote: every result row's estimate, and the inspections whose sample it read swapped. */
record LoadedEstimates(Map<String, Estimate> byRow, Set<String> readSwapped) {

    /**
     * One result row's estimate: unknown, or the point x of n, whether it is the only consistent
     * count, and every consistent count in solution order ({@code joint}: pairs up with the other
     * members of its split by position).
     */
    record Estimate(boolean known, int yes, int n, boolean unique, List<int[]> readings, boolean joint) {
        static final Estimate UNKNOWN = new Estimate(false, 0, 0, false, List.of(), false);

        boolean is(int x, int total) {
            return known && yes == x && n == total;
        }
    }

    static LoadedEstimates read(DSLContext dsl) {
        Map<String, Estimate> rows = new HashMap<>();
        dsl.select(
                        RESULT.INSPECTION_ID,
                        RESULT.ITEM_CODE,
                        RESULT.SUBSAMPLE,
                        RESULT.DENOMINATOR_KIND,
                        RESULT.YES_ESTIMATE,
                        RESULT.DENOMINATOR_ESTIMATE,
                        RESULT.ESTIMATE_UNIQUE,
                        RESULT.ESTIMATE_READINGS,
                        RESULT.ESTIMATE_JOINT)
                .from(RESULT)
                .where(RESULT.SOURCE_SECTION.eq(AccuracyDataset.SECTION))
                .fetch()
                .forEach(r -> rows.put(
                        key(r.value1(), r.value2(), r.value3()),
                        estimate(r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), r.value9())));
        Set<String> swapped = new HashSet<>(dsl.select(DATA_QUALITY_FLAG.INSPECTION_ID)
                .from(DATA_QUALITY_FLAG)
                .where(
                        DATA_QUALITY_FLAG.RULE.eq("sample_reading"),
                        DATA_QUALITY_FLAG.REASON.contains("the stated split swapped"))
                .fetch(DATA_QUALITY_FLAG.INSPECTION_ID));
        return new LoadedEstimates(rows, swapped);
    }

    Estimate of(String inspectionId, String itemCode, String subsample) {
        Estimate e = byRow.get(key(inspectionId, itemCode, subsample));
        if (e == null) {
            throw new IllegalStateException("no result row " + key(inspectionId, itemCode, subsample));
        }
        return e;
    }

    private static Estimate estimate(
            String kind, Integer yes, Integer n, Boolean unique, String readings, Boolean joint) {
        if (!"estimated".equals(kind) || yes == null || n == null) {
            return Estimate.UNKNOWN;
        }
        List<int[]> list = new ArrayList<>();
        if (readings == null) {
            list.add(new int[] {yes, n});
        } else {
            for (String reading : readings.trim().split("\\s+")) {
                String[] xn = reading.split("/");
                list.add(new int[] {Integer.parseInt(xn[0]), Integer.parseInt(xn[1])});
            }
        }
        return new Estimate(true, yes, n, Boolean.TRUE.equals(unique), List.copyOf(list), Boolean.TRUE.equals(joint));
    }

    private static String key(String inspectionId, String itemCode, String subsample) {
        return inspectionId + "|" + itemCode + "|" + subsample;
    }
}
