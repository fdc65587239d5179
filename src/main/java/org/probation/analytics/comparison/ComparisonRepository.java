package org.probation.analytics.comparison;

import static org.jooq.impl.DSL.boolOr;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.sum;
import static org.probation.analytics.db.Tables.COMPARATOR;
import static org.probation.analytics.db.Tables.DATA_QUALITY_FLAG;
import static org.probation.analytics.db.Tables.FRAMEWORK;
import static org.probation.analytics.db.Tables.FRAMEWORK_ITEM;
import static org.probation.analytics.db.Tables.INSPECTION;
import static org.probation.analytics.db.Tables.PROVIDER;
import static org.probation.analytics.db.Tables.CHANGE_PAIR;
import static org.probation.analytics.db.Tables.QUESTION_MAPPING;
import static org.probation.analytics.db.Tables.REGION;
import static org.probation.analytics.db.Tables.RESULT_COUNT;

import java.math.BigDecimal;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.probation.analytics.base.CountKind;
import org.probation.analytics.db.tables.ResultCount;
import org.springframework.stereotype.Repository;

/**
 * The counting and pooling of every comparison, one set-based query each; the statistics are
 * computed by the service from what these return.
 */
@Repository
class ComparisonRepository {

    /** An inspection's framework and region, for building its comparisons. */
    record InspectionKey(String id, String framework, String providerId, String regionId) {}

    private final DSLContext dsl;

    ComparisonRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every inspection's key: kept per load by {@link ComparisonLookups}. */
    List<InspectionKey> inspections() {
        return dsl.select(INSPECTION.ID, INSPECTION.FRAMEWORK, INSPECTION.PROVIDER_ID, PROVIDER.REGION_ID)
                .from(INSPECTION).join(PROVIDER).on(PROVIDER.ID.eq(INSPECTION.PROVIDER_ID))
                .fetch(r -> new InspectionKey(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** The newest publication date among the inspections loaded (null when none is). */
    java.time.LocalDate latestPublished() {
        return dsl.select(DSL.max(INSPECTION.PUBLISHED)).from(INSPECTION).fetchOne(0, java.time.LocalDate.class);
    }

    /** An inspection's data-quality flags, by item. */
    List<DataFlag> flags(String inspectionId) {
        return dsl.select(DATA_QUALITY_FLAG.ITEM, DATA_QUALITY_FLAG.SUBSAMPLE, DATA_QUALITY_FLAG.RULE, DATA_QUALITY_FLAG.REASON,
                        DATA_QUALITY_FLAG.SOURCE_FILE.concat(DSL.inline(" line ")).concat(DATA_QUALITY_FLAG.SOURCE_LINE.cast(String.class)))
                .from(DATA_QUALITY_FLAG)
                .where(DATA_QUALITY_FLAG.INSPECTION_ID.eq(inspectionId))
                .orderBy(DATA_QUALITY_FLAG.ITEM, DATA_QUALITY_FLAG.RULE)
                .fetch(Records.mapping(DataFlag::new));
    }

    /** The sub-samples with at least one result. */
    List<String> subsampleCodes() {
        return dsl.selectDistinct(RESULT_COUNT.SUBSAMPLE).from(RESULT_COUNT).fetch(RESULT_COUNT.SUBSAMPLE);
    }

    boolean regionHasFramework(String regionId, String framework) {
        return dsl.fetchExists(dsl.selectOne().from(INSPECTION).join(PROVIDER).on(PROVIDER.ID.eq(INSPECTION.PROVIDER_ID))
                .where(PROVIDER.REGION_ID.eq(regionId), INSPECTION.FRAMEWORK.eq(framework)));
    }

    boolean frameworkExists(String framework) {
        return dsl.fetchExists(INSPECTION, INSPECTION.FRAMEWORK.eq(framework));
    }

    /** Two sub-samples of one inspection, for every question where both are published. */
    List<PairedCounts> subsamples(String inspectionId, String a, String b) {
        ResultCount ra = RESULT_COUNT.as("ra");
        ResultCount rb = RESULT_COUNT.as("rb");
        return dsl.select(ra.ITEM_CODE, FRAMEWORK_ITEM.TEXT, FRAMEWORK_ITEM.LEVEL, side(ra), side(rb))
                .from(ra)
                .join(rb).on(rb.INSPECTION_ID.eq(ra.INSPECTION_ID), rb.ITEM_CODE.eq(ra.ITEM_CODE), rb.SUBSAMPLE.eq(b))
                .join(FRAMEWORK_ITEM).on(FRAMEWORK_ITEM.FRAMEWORK.eq(ra.FRAMEWORK), FRAMEWORK_ITEM.CODE.eq(ra.ITEM_CODE))
                .where(ra.INSPECTION_ID.eq(inspectionId), ra.SUBSAMPLE.eq(a))
                .orderBy(ra.ITEM_CODE)
                .fetch(r -> new PairedCounts(r.value1(), r.value2(), r.value3(), r.value4().with(a), r.value5().with(b)));
    }

    /**
     * Every all-cases count of the framework's inspections (their results carry the inspection's
     * framework), by inspection and question: what the benchmarks pool, read once per load.
     */
    List<ProviderPools.AllCases> allCases(String framework) {
        return dsl.select(RESULT_COUNT.INSPECTION_ID, RESULT_COUNT.ITEM_CODE, RESULT_COUNT.X, RESULT_COUNT.N,
                        RESULT_COUNT.PERCENT, RESULT_COUNT.COUNT_KIND.convertFrom(CountKind::parse), RESULT_COUNT.READING_LIST, RESULT_COUNT.X_LOW,
                        RESULT_COUNT.N_LOW, RESULT_COUNT.X_HIGH, RESULT_COUNT.N_HIGH)
                .from(RESULT_COUNT)
                .where(RESULT_COUNT.FRAMEWORK.eq(framework), RESULT_COUNT.SUBSAMPLE.eq("all"))
                .orderBy(RESULT_COUNT.INSPECTION_ID, RESULT_COUNT.ITEM_CODE)
                .fetch(r -> new ProviderPools.AllCases(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5().doubleValue(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11()));
    }

    /** An inspection's all-cases results against a comparator figure its report prints. */
    List<PairedCounts> againstComparator(String inspectionId) {
        ResultCount rc = RESULT_COUNT.as("rc");
        return dsl.select(rc.ITEM_CODE, FRAMEWORK_ITEM.TEXT, FRAMEWORK_ITEM.LEVEL, side(rc),
                        COMPARATOR.PERCENT, COMPARATOR.SERIES_LABEL)
                .from(rc)
                .join(COMPARATOR).on(COMPARATOR.INSPECTION_ID.eq(rc.INSPECTION_ID), COMPARATOR.ITEM_CODE.eq(rc.ITEM_CODE),
                        COMPARATOR.SUBSAMPLE.eq(rc.SUBSAMPLE))
                .join(FRAMEWORK_ITEM).on(FRAMEWORK_ITEM.FRAMEWORK.eq(rc.FRAMEWORK), FRAMEWORK_ITEM.CODE.eq(rc.ITEM_CODE))
                .where(rc.INSPECTION_ID.eq(inspectionId), rc.SUBSAMPLE.eq("all"))
                .orderBy(rc.ITEM_CODE, COMPARATOR.SERIES)
                .fetch(r -> new PairedCounts(r.value1(), r.value2(), r.value3(), r.value4().with("all"),
                        new Counts(null, null, r.value5().doubleValue(), CountKind.PRINTED, 0, r.value6())));
    }

    /** Two regions' inspections of one framework, each pooled question by question. */
    List<PairedCounts> regions(String framework, String regionA, String regionB) {
        Table<?> a = pool(INSPECTION.FRAMEWORK.eq(framework).and(PROVIDER.REGION_ID.eq(regionA))).as("a");
        Table<?> b = pool(INSPECTION.FRAMEWORK.eq(framework).and(PROVIDER.REGION_ID.eq(regionB))).as("b");
        return dsl.select(a.field("item_code", String.class), FRAMEWORK_ITEM.TEXT, FRAMEWORK_ITEM.LEVEL,
                        a.field("x"), a.field("n"), a.field("providers"), a.field("estimated"),
                        a.field("x_low"), a.field("n_low"), a.field("x_high"), a.field("n_high"),
                        b.field("x"), b.field("n"), b.field("providers"), b.field("estimated"),
                        b.field("x_low"), b.field("n_low"), b.field("x_high"), b.field("n_high"))
                .from(a)
                .join(b).on(b.field("item_code", String.class).eq(a.field("item_code", String.class)))
                .join(FRAMEWORK_ITEM).on(FRAMEWORK_ITEM.FRAMEWORK.eq(framework),
                        FRAMEWORK_ITEM.CODE.eq(a.field("item_code", String.class)))
                .orderBy(a.field("item_code"))
                .fetch(r -> new PairedCounts(r.value1(), r.value2(), r.value3(),
                        pooled(r, 3, regionA), pooled(r, 11, regionB)));
    }

    /**
     * Two inspections question by question: the same code within a framework, or through the
     * question mapping (in either direction) across frameworks.
     */
    List<PairedCounts> inspections(InspectionKey before, InspectionKey after) {
        ResultCount ra = RESULT_COUNT.as("ra");
        ResultCount rb = RESULT_COUNT.as("rb");
        Condition sameQuestion = before.framework().equals(after.framework())
                ? rb.ITEM_CODE.eq(ra.ITEM_CODE)
                : DSL.exists(dsl.selectOne().from(QUESTION_MAPPING).where(
                        QUESTION_MAPPING.FROM_FRAMEWORK.eq(before.framework()).and(QUESTION_MAPPING.FROM_CODE.eq(ra.ITEM_CODE))
                                .and(QUESTION_MAPPING.TO_FRAMEWORK.eq(after.framework())).and(QUESTION_MAPPING.TO_CODE.eq(rb.ITEM_CODE))
                        .or(QUESTION_MAPPING.FROM_FRAMEWORK.eq(after.framework()).and(QUESTION_MAPPING.FROM_CODE.eq(rb.ITEM_CODE))
                                .and(QUESTION_MAPPING.TO_FRAMEWORK.eq(before.framework())).and(QUESTION_MAPPING.TO_CODE.eq(ra.ITEM_CODE)))));
        Field<String> code = before.framework().equals(after.framework()) ? ra.ITEM_CODE
                : ra.ITEM_CODE.concat(DSL.inline(" → ")).concat(rb.ITEM_CODE);
        return dsl.select(code, FRAMEWORK_ITEM.TEXT, FRAMEWORK_ITEM.LEVEL, side(ra), side(rb))
                .from(ra)
                .join(rb).on(rb.INSPECTION_ID.eq(after.id()), rb.SUBSAMPLE.eq("all"), sameQuestion)
                .join(FRAMEWORK_ITEM).on(FRAMEWORK_ITEM.FRAMEWORK.eq(rb.FRAMEWORK), FRAMEWORK_ITEM.CODE.eq(rb.ITEM_CODE))
                .where(ra.INSPECTION_ID.eq(before.id()), ra.SUBSAMPLE.eq("all"))
                .orderBy(rb.ITEM_CODE)
                .fetch(r -> new PairedCounts(r.value1(), r.value2(), r.value3(), r.value4().with(before.id()),
                        r.value5().with(after.id())));
    }

    /**
     * Every pair of inspections whose change an analyst follows (view change_pair): each
     * inspection with the provider's previous one, or, for a first inspection, the latest of the
     * predecessor that covered its area (earlier inspection first).
     */
    List<String[]> changePairs() {
        return dsl.select(CHANGE_PAIR.BEFORE_ID, CHANGE_PAIR.AFTER_ID)
                .from(CHANGE_PAIR)
                .orderBy(CHANGE_PAIR.AFTER_ID, CHANGE_PAIR.BEFORE_ID)
                .fetch(r -> new String[] {r.value1(), r.value2()});
    }

    /** Every inspection with its provider, framework and region, in fieldwork order, for choosing what to compare. */
    List<InspectionChoice> inspectionChoices() {
        return dsl.select(INSPECTION.ID, PROVIDER.NAME, INSPECTION.FRAMEWORK, PROVIDER.REGION_ID, INSPECTION.FIELDWORK_START,
                        INSPECTION.PUBLISHED)
                .from(INSPECTION).join(PROVIDER).on(PROVIDER.ID.eq(INSPECTION.PROVIDER_ID))
                .orderBy(INSPECTION.FIELDWORK_START, INSPECTION.ID)
                .fetch(Records.mapping(InspectionChoice::new));
    }

    /** The regions with an inspected provider under each framework: the only regions a regional comparison can pool. */
    List<RegionChoice> regionChoices() {
        return dsl.selectDistinct(FRAMEWORK.CODE, FRAMEWORK.NAME, REGION.ID, REGION.NAME)
                .from(INSPECTION)
                .join(FRAMEWORK).on(FRAMEWORK.CODE.eq(INSPECTION.FRAMEWORK))
                .join(PROVIDER).on(PROVIDER.ID.eq(INSPECTION.PROVIDER_ID))
                .join(REGION).on(REGION.ID.eq(PROVIDER.REGION_ID))
                .orderBy(FRAMEWORK.CODE, REGION.NAME)
                .fetch(Records.mapping(RegionChoice::new));
    }

    /** Sums of the known counts per question over the inspections selected; unknown counts are left out. */
    private Table<?> pool(Condition which) {
        ResultCount rc = RESULT_COUNT.as("p");
        return dsl.select(rc.ITEM_CODE.as("item_code"), sum(rc.X).as("x"), sum(rc.N).filterWhere(rc.X.isNotNull()).as("n"),
                        countDistinct(INSPECTION.PROVIDER_ID).filterWhere(rc.X.isNotNull()).as("providers"),
                        boolOr(rc.COUNT_KIND.eq(CountKind.ESTIMATED.code())).as("estimated"),
                        // every provider at its lowest-rate, then its highest-rate consistent count
                        sum(rc.X_LOW).as("x_low"), sum(rc.N_LOW).filterWhere(rc.X.isNotNull()).as("n_low"),
                        sum(rc.X_HIGH).as("x_high"), sum(rc.N_HIGH).filterWhere(rc.X.isNotNull()).as("n_high"))
                .from(rc)
                .join(INSPECTION).on(INSPECTION.ID.eq(rc.INSPECTION_ID))
                .join(PROVIDER).on(PROVIDER.ID.eq(INSPECTION.PROVIDER_ID))
                .where(rc.SUBSAMPLE.eq("all"), which)
                .groupBy(rc.ITEM_CODE)
                .asTable("pool");
    }

    /** One inspection's count of a question in one sub-sample, with every consistent reading of it. */
    record Side(Integer x, Integer n, BigDecimal percent, CountKind kind, String readingList, String readingGroup) {
        Counts with(String label) {
            return new Counts(x, n, percent.doubleValue(), kind, 1, label, Readings.parse(readingList, readingGroup));
        }
    }

    private static org.jooq.SelectField<Side> side(ResultCount rc) {
        return DSL.row(rc.X, rc.N, rc.PERCENT, rc.COUNT_KIND.convertFrom(CountKind::parse), rc.READING_LIST, rc.READING_GROUP)
                .mapping(Side::new);
    }

    private static Counts pooled(Record r, int from, String label) {
        BigDecimal x = r.get(from, BigDecimal.class);
        BigDecimal n = r.get(from + 1, BigDecimal.class);
        Integer providers = r.get(from + 2, Integer.class);
        Boolean estimated = r.get(from + 3, Boolean.class);
        if (x == null || n == null || n.signum() == 0) {
            return new Counts(null, null, null, CountKind.UNKNOWN, providers == null ? 0 : providers, label);
        }
        Readings readings = Readings.ofPool(new long[][] {{x.longValue(), n.longValue()},
                {r.get(from + 4, BigDecimal.class).longValue(), r.get(from + 5, BigDecimal.class).longValue()},
                {r.get(from + 6, BigDecimal.class).longValue(), r.get(from + 7, BigDecimal.class).longValue()}});
        return new Counts(x.intValue(), n.intValue(), 100.0 * x.doubleValue() / n.doubleValue(),
                Boolean.TRUE.equals(estimated) ? CountKind.ESTIMATED : CountKind.STATED, providers, label, readings);
    }
}
