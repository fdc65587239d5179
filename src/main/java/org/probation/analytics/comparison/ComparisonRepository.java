package org.probation.analytics.comparison;

import static org.jooq.impl.DSL.boolOr;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.sum;
import static org.probation.analytics.db.Tables.CHANGE_PAIR;
import static org.probation.analytics.db.Tables.COMPARATOR;
import static org.probation.analytics.db.Tables.DATA_QUALITY_FLAG;
import static org.probation.analytics.db.Tables.FRAMEWORK;
import static org.probation.analytics.db.Tables.FRAMEWORK_ITEM;
import static org.probation.analytics.db.Tables.INSPECTION;
import static org.probation.analytics.db.Tables.PROVIDER;
import static org.probation.analytics.db.Tables.QUESTION_MAPPING;
import static org.probation.analytics.db.Tables.REGION;
import static org.probation.analytics.db.Tables.RESULT_COUNT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.RecordMapper;
import org.jooq.Records;
import org.jooq.SelectField;
import org.jooq.SelectOnConditionStep;
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

    /** The counts a {@link #pool} sums, and its columns: typed, read from either side's pool with {@code Table.field}. */
    private static final ResultCount POOLED = RESULT_COUNT.as("p");

    private static final Field<String> POOL_ITEM = POOLED.ITEM_CODE.as("item_code");
    private static final Field<BigDecimal> POOL_X = sum(POOLED.X).as("x");
    private static final Field<BigDecimal> POOL_N =
            sum(POOLED.N).filterWhere(POOLED.X.isNotNull()).as("n");
    private static final Field<Integer> POOL_PROVIDERS = countDistinct(INSPECTION.PROVIDER_ID)
            .filterWhere(POOLED.X.isNotNull())
            .as("providers");
    private static final Field<Boolean> POOL_ESTIMATED =
            boolOr(POOLED.COUNT_KIND.eq(CountKind.ESTIMATED.code())).as("estimated");
    // every provider at its lowest-rate, then its highest-rate consistent count
    private static final Field<BigDecimal> POOL_X_LOW = sum(POOLED.X_LOW).as("x_low");
    private static final Field<BigDecimal> POOL_N_LOW =
            sum(POOLED.N_LOW).filterWhere(POOLED.X.isNotNull()).as("n_low");
    private static final Field<BigDecimal> POOL_X_HIGH = sum(POOLED.X_HIGH).as("x_high");
    private static final Field<BigDecimal> POOL_N_HIGH =
            sum(POOLED.N_HIGH).filterWhere(POOLED.X.isNotNull()).as("n_high");

    /** A {@link #paired} row as compared: the question, then side A and side B. */
    private static final RecordMapper<Record5<String, String, String, Counts, Counts>, PairedCounts> PAIRED =
            Records.mapping((question, text, level, a, b) -> new PairedCounts(question, text, level, a, b));

    private final DSLContext dsl;

    ComparisonRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every inspection's key: kept per load by {@link ComparisonLookups}. */
    List<InspectionKey> inspections() {
        return dsl.select(INSPECTION.ID, INSPECTION.FRAMEWORK, INSPECTION.PROVIDER_ID, PROVIDER.REGION_ID)
                .from(INSPECTION)
                .join(PROVIDER)
                .on(PROVIDER.ID.eq(INSPECTION.PROVIDER_ID))
                .fetch(Records.mapping(InspectionKey::new));
    }

    /** The newest publication date among the inspections loaded (null when none is). */
    LocalDate latestPublished() {
        return dsl.fetchValue(DSL.select(DSL.max(INSPECTION.PUBLISHED)).from(INSPECTION));
    }

    /** An inspection's data-quality flags, by item. */
    List<DataFlag> flags(String inspectionId) {
        return dsl.select(
                        DATA_QUALITY_FLAG.ITEM,
                        DATA_QUALITY_FLAG.SUBSAMPLE,
                        DATA_QUALITY_FLAG.RULE,
                        DATA_QUALITY_FLAG.REASON,
                        DATA_QUALITY_FLAG
                                .SOURCE_FILE
                                .concat(DSL.inline(" line "))
                                .concat(DATA_QUALITY_FLAG.SOURCE_LINE.cast(String.class)))
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
        return dsl.fetchExists(dsl.selectOne()
                .from(INSPECTION)
                .join(PROVIDER)
                .on(PROVIDER.ID.eq(INSPECTION.PROVIDER_ID))
                .where(PROVIDER.REGION_ID.eq(regionId), INSPECTION.FRAMEWORK.eq(framework)));
    }

    boolean frameworkExists(String framework) {
        return dsl.fetchExists(INSPECTION, INSPECTION.FRAMEWORK.eq(framework));
    }

    /** Two sub-samples of one inspection, for every question where both are published. */
    List<PairedCounts> subsamples(String inspectionId, String a, String b) {
        ResultCount ra = RESULT_COUNT.as("ra");
        ResultCount rb = RESULT_COUNT.as("rb");
        return paired(
                        ra.ITEM_CODE,
                        side(ra, a),
                        side(rb, b),
                        ra.join(rb)
                                .on(
                                        rb.INSPECTION_ID.eq(ra.INSPECTION_ID),
                                        rb.ITEM_CODE.eq(ra.ITEM_CODE),
                                        rb.SUBSAMPLE.eq(b)),
                        ra.FRAMEWORK,
                        ra.ITEM_CODE)
                .where(ra.INSPECTION_ID.eq(inspectionId), ra.SUBSAMPLE.eq(a))
                .orderBy(ra.ITEM_CODE)
                .fetch(PAIRED);
    }

    /**
     * Every all-cases count of the framework's inspections (their results carry the inspection's
     * framework), by inspection and question: what the benchmarks pool, read once per load.
     */
    List<ProviderPools.AllCases> allCases(String framework) {
        return dsl.select(
                        RESULT_COUNT.INSPECTION_ID,
                        RESULT_COUNT.ITEM_CODE,
                        RESULT_COUNT.X,
                        RESULT_COUNT.N,
                        RESULT_COUNT.PERCENT.convertFrom(BigDecimal::doubleValue),
                        RESULT_COUNT.COUNT_KIND.convertFrom(CountKind::parse),
                        RESULT_COUNT.READING_LIST,
                        RESULT_COUNT.X_LOW,
                        RESULT_COUNT.N_LOW,
                        RESULT_COUNT.X_HIGH,
                        RESULT_COUNT.N_HIGH)
                .from(RESULT_COUNT)
                .where(RESULT_COUNT.FRAMEWORK.eq(framework), RESULT_COUNT.SUBSAMPLE.eq("all"))
                .orderBy(RESULT_COUNT.INSPECTION_ID, RESULT_COUNT.ITEM_CODE)
                .fetch(Records.mapping(ProviderPools.AllCases::new));
    }

    /** An inspection's all-cases results against a comparator figure its report prints. */
    List<PairedCounts> againstComparator(String inspectionId) {
        ResultCount rc = RESULT_COUNT.as("rc");
        return paired(
                        rc.ITEM_CODE,
                        side(rc, "all"),
                        comparator(),
                        rc.join(COMPARATOR)
                                .on(
                                        COMPARATOR.INSPECTION_ID.eq(rc.INSPECTION_ID),
                                        COMPARATOR.ITEM_CODE.eq(rc.ITEM_CODE),
                                        COMPARATOR.SUBSAMPLE.eq(rc.SUBSAMPLE)),
                        rc.FRAMEWORK,
                        rc.ITEM_CODE)
                .where(rc.INSPECTION_ID.eq(inspectionId), rc.SUBSAMPLE.eq("all"))
                .orderBy(rc.ITEM_CODE, COMPARATOR.SERIES)
                .fetch(PAIRED);
    }

    /** Two regions' inspections of one framework, each pooled question by question. */
    List<PairedCounts> regions(String framework, String regionA, String regionB) {
        Table<?> a = pool(INSPECTION.FRAMEWORK.eq(framework).and(PROVIDER.REGION_ID.eq(regionA)))
                .as("a");
        Table<?> b = pool(INSPECTION.FRAMEWORK.eq(framework).and(PROVIDER.REGION_ID.eq(regionB)))
                .as("b");
        return paired(
                        a.field(POOL_ITEM),
                        pooled(a, regionA),
                        pooled(b, regionB),
                        a.join(b).on(b.field(POOL_ITEM).eq(a.field(POOL_ITEM))),
                        DSL.val(framework),
                        a.field(POOL_ITEM))
                .orderBy(a.field(POOL_ITEM))
                .fetch(PAIRED);
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
                : DSL.exists(dsl.selectOne()
                        .from(QUESTION_MAPPING)
                        .where(QUESTION_MAPPING
                                .FROM_FRAMEWORK
                                .eq(before.framework())
                                .and(QUESTION_MAPPING.FROM_CODE.eq(ra.ITEM_CODE))
                                .and(QUESTION_MAPPING.TO_FRAMEWORK.eq(after.framework()))
                                .and(QUESTION_MAPPING.TO_CODE.eq(rb.ITEM_CODE))
                                .or(QUESTION_MAPPING
                                        .FROM_FRAMEWORK
                                        .eq(after.framework())
                                        .and(QUESTION_MAPPING.FROM_CODE.eq(rb.ITEM_CODE))
                                        .and(QUESTION_MAPPING.TO_FRAMEWORK.eq(before.framework()))
                                        .and(QUESTION_MAPPING.TO_CODE.eq(ra.ITEM_CODE)))));
        Field<String> code = before.framework().equals(after.framework())
                ? ra.ITEM_CODE
                : ra.ITEM_CODE.concat(DSL.inline(" → ")).concat(rb.ITEM_CODE);
        return paired(
                        code,
                        side(ra, before.id()),
                        side(rb, after.id()),
                        ra.join(rb).on(rb.INSPECTION_ID.eq(after.id()), rb.SUBSAMPLE.eq("all"), sameQuestion),
                        rb.FRAMEWORK,
                        rb.ITEM_CODE)
                .where(ra.INSPECTION_ID.eq(before.id()), ra.SUBSAMPLE.eq("all"))
                .orderBy(rb.ITEM_CODE)
                .fetch(PAIRED);
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
                .fetch(Records.mapping((before, after) -> new String[] {before, after}));
    }

    /** Every inspection with its provider, framework and region, in fieldwork order, for choosing what to compare. */
    List<InspectionChoice> inspectionChoices() {
        return dsl.select(
                        INSPECTION.ID,
                        PROVIDER.NAME,
                        INSPECTION.FRAMEWORK,
                        PROVIDER.REGION_ID,
                        INSPECTION.FIELDWORK_START,
                        INSPECTION.PUBLISHED)
                .from(INSPECTION)
                .join(PROVIDER)
                .on(PROVIDER.ID.eq(INSPECTION.PROVIDER_ID))
                .orderBy(INSPECTION.FIELDWORK_START, INSPECTION.ID)
                .fetch(Records.mapping(InspectionChoice::new));
    }

    /** The regions with an inspected provider under each framework: the only regions a regional comparison can pool. */
    List<RegionChoice> regionChoices() {
        return dsl.selectDistinct(FRAMEWORK.CODE, FRAMEWORK.NAME, REGION.ID, REGION.NAME)
                .from(INSPECTION)
                .join(FRAMEWORK)
                .on(FRAMEWORK.CODE.eq(INSPECTION.FRAMEWORK))
                .join(PROVIDER)
                .on(PROVIDER.ID.eq(INSPECTION.PROVIDER_ID))
                .join(REGION)
                .on(REGION.ID.eq(PROVIDER.REGION_ID))
                .orderBy(FRAMEWORK.CODE, REGION.NAME)
                .fetch(Records.mapping(RegionChoice::new));
    }

    /**
     * What every comparison of two sides selects, question by question: the question as shown, its
     * text and level (the framework item {@code framework}/{@code code}), then side A and side B,
     * read from {@code sides} (the two sides joined); each comparison adds its filter and order.
     */
    private SelectOnConditionStep<Record5<String, String, String, Counts, Counts>> paired(
            Field<String> question,
            SelectField<Counts> a,
            SelectField<Counts> b,
            Table<?> sides,
            Field<String> framework,
            Field<String> code) {
        return dsl.select(question, FRAMEWORK_ITEM.TEXT, FRAMEWORK_ITEM.LEVEL, a, b)
                .from(sides)
                .join(FRAMEWORK_ITEM)
                .on(FRAMEWORK_ITEM.FRAMEWORK.eq(framework), FRAMEWORK_ITEM.CODE.eq(code));
    }

    /** One inspection's count of a question in one sub-sample, with every consistent reading of it. */
    private static SelectField<Counts> side(ResultCount rc, String label) {
        return DSL.row(
                        rc.X,
                        rc.N,
                        rc.PERCENT,
                        rc.COUNT_KIND.convertFrom(CountKind::parse),
                        rc.READING_LIST,
                        rc.READING_GROUP)
                .mapping((x, n, percent, kind, readingList, readingGroup) -> new Counts(
                        x, n, percent.doubleValue(), kind, 1, label, Readings.parse(readingList, readingGroup)));
    }

    /** A comparator figure the report prints: a percent, no count, labelled with its series. */
    private static SelectField<Counts> comparator() {
        return DSL.row(COMPARATOR.PERCENT, COMPARATOR.SERIES_LABEL)
                .mapping((percent, series) ->
                        new Counts(null, null, percent.doubleValue(), CountKind.PRINTED, 0, series));
    }

    /** Sums of the known counts per question over the inspections selected; unknown counts are left out. */
    private Table<?> pool(Condition which) {
        return dsl.select(
                        POOL_ITEM,
                        POOL_X,
                        POOL_N,
                        POOL_PROVIDERS,
                        POOL_ESTIMATED,
                        POOL_X_LOW,
                        POOL_N_LOW,
                        POOL_X_HIGH,
                        POOL_N_HIGH)
                .from(POOLED)
                .join(INSPECTION)
                .on(INSPECTION.ID.eq(POOLED.INSPECTION_ID))
                .join(PROVIDER)
                .on(PROVIDER.ID.eq(INSPECTION.PROVIDER_ID))
                .where(POOLED.SUBSAMPLE.eq("all"), which)
                .groupBy(POOLED.ITEM_CODE)
                .asTable("pool");
    }

    /** One side's pooled count of a question, read from a {@link #pool} table: unknown when nothing is known. */
    private static SelectField<Counts> pooled(Table<?> pool, String label) {
        return DSL.row(
                        pool.field(POOL_X),
                        pool.field(POOL_N),
                        pool.field(POOL_PROVIDERS),
                        pool.field(POOL_ESTIMATED),
                        pool.field(POOL_X_LOW),
                        pool.field(POOL_N_LOW),
                        pool.field(POOL_X_HIGH),
                        pool.field(POOL_N_HIGH))
                .mapping((x, n, providers, estimated, xLow, nLow, xHigh, nHigh) -> {
                    if (x == null || n == null || n.signum() == 0) {
                        return new Counts(
                                null, null, null, CountKind.UNKNOWN, providers == null ? 0 : providers, label);
                    }
                    Readings readings = Readings.ofPool(new long[][] {
                        {x.longValue(), n.longValue()},
                        {xLow.longValue(), nLow.longValue()},
                        {xHigh.longValue(), nHigh.longValue()}
                    });
                    return new Counts(
                            x.intValue(),
                            n.intValue(),
                            100.0 * x.doubleValue() / n.doubleValue(),
                            Boolean.TRUE.equals(estimated) ? CountKind.ESTIMATED : CountKind.STATED,
                            providers,
                            label,
                            readings);
                });
    }
}
