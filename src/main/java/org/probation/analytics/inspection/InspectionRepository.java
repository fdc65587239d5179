package org.probation.analytics.inspection;

import static org.probation.analytics.db.Tables.DATA_QUALITY_FLAG;
import static org.probation.analytics.db.Tables.FRAMEWORK;
import static org.probation.analytics.db.Tables.INSPECTION;
import static org.probation.analytics.db.Tables.PROVIDER;
import static org.probation.analytics.db.Tables.REGION;
import static org.probation.analytics.db.Tables.RESULT;
import static org.probation.analytics.db.Tables.SUBSAMPLE;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.Records;
import org.probation.analytics.base.CountKind;
import org.probation.analytics.base.QuestionLevel;
import org.probation.analytics.framework.FrameworkItem;
import org.probation.analytics.framework.FrameworkItemRepository;
import org.probation.analytics.framework.FrameworkItems;
import org.springframework.stereotype.Repository;

/** Reads inspections and providers. */
@Repository
public class InspectionRepository {

    private final DSLContext dsl;

    public InspectionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Inspection> findAll() {
        return dsl.select(
                        INSPECTION.ID, PROVIDER.NAME, PROVIDER.ID, PROVIDER.TYPE, REGION.NAME,
                        FRAMEWORK.CODE, FRAMEWORK.NAME, INSPECTION.FIELDWORK_START,
                        INSPECTION.FIELDWORK_START_PRECISION, INSPECTION.PUBLISHED, INSPECTION.SCORE,
                        INSPECTION.MAX_SCORE, INSPECTION.OVERALL_RATING, INSPECTION.TITLE)
                .from(INSPECTION)
                .join(PROVIDER).on(PROVIDER.ID.eq(INSPECTION.PROVIDER_ID))
                .leftJoin(REGION).on(REGION.ID.eq(PROVIDER.REGION_ID))
                .join(FRAMEWORK).on(FRAMEWORK.CODE.eq(INSPECTION.FRAMEWORK))
                .orderBy(INSPECTION.PUBLISHED.desc(), PROVIDER.NAME)
                .fetch(Records.mapping((id, provider, providerId, type, region, framework, frameworkName,
                        fieldwork, precision, published, score, maxScore, rating, title) -> new Inspection(
                        id, provider, providerId, ProviderType.fromCode(type), region, framework, frameworkName,
                        fieldwork, precision, YearMonth.from(published), score, maxScore, rating, title)));
    }

    List<Provider> findProviders() {
        return dsl.select(PROVIDER.ID, PROVIDER.NAME, PROVIDER.TYPE, REGION.NAME)
                .from(PROVIDER)
                .leftJoin(REGION).on(REGION.ID.eq(PROVIDER.REGION_ID))
                .orderBy(REGION.NAME.nullsFirst(), PROVIDER.TYPE, PROVIDER.NAME)
                .fetch(Records.mapping((id, name, type, region) ->
                        new Provider(id, name, ProviderType.fromCode(type), region)));
    }

    /** Every result of an inspection, texts from this database's own framework items (a sandbox's). */
    public List<ResultRow> findResults(String inspectionId) {
        return findResults(inspectionId, new FrameworkItemRepository(dsl).lookup());
    }

    /**
     * Every result of an inspection, in question, sub-sample and printing order; the question's
     * text, level and standard come from {@code items} (read once per load), not from every row.
     */
    List<ResultRow> findResults(String inspectionId, FrameworkItems.Lookup items) {
        List<ResultRow> rows = new ArrayList<>();
        dsl.select(RESULT.FRAMEWORK, RESULT.ITEM_CODE, RESULT.QUESTION_AS_PRINTED, RESULT.SUBSAMPLE,
                        RESULT.PERCENT_PRINTED, RESULT.PERCENT, RESULT.PERCENT_KIND, RESULT.YES_COUNT, RESULT.DENOMINATOR,
                        RESULT.DENOMINATOR_KIND.convertFrom(CountKind::parse), RESULT.YES_ESTIMATE, RESULT.DENOMINATOR_ESTIMATE, RESULT.ESTIMATE_BASIS,
                        RESULT.ESTIMATE_UNIQUE, RESULT.ESTIMATE_SOLUTIONS, RESULT.ESTIMATE_READINGS, RESULT.MARKER,
                        RESULT.MARKER_MEANING, RESULT.SOURCE_SECTION,
                        RESULT.SOURCE_FILE.concat(DSL.inline(" line ")).concat(RESULT.SOURCE_LINE.cast(String.class)))
                .from(RESULT)
                .join(SUBSAMPLE).on(SUBSAMPLE.CODE.eq(RESULT.SUBSAMPLE))
                .where(RESULT.INSPECTION_ID.eq(inspectionId))
                .orderBy(RESULT.ITEM_CODE, SUBSAMPLE.ORDINAL, RESULT.SOURCE_LINE)
                .forEach(r -> {
                    FrameworkItem item = items.get(r.value1(), r.value2());
                    if (item != null) { // every result's question is in its framework (the load checks it)
                        rows.add(new ResultRow(item.standardCode(), r.value2(), item.questionLevel(), item.text(), r.value3(),
                                r.value4(), r.value5(), r.value6().doubleValue(), r.value7(), r.value8(), r.value9(),
                                r.value10(), r.value11(), r.value12(), r.value13(), r.value14(), r.value15(), r.value16(),
                                r.value17(), r.value18(), r.value19(), r.value20()));
                    }
                });
        return rows;
    }

    public List<QualityFlag> findFlags(String inspectionId) {
        Condition which = inspectionId == null ? DSL.noCondition() : DATA_QUALITY_FLAG.INSPECTION_ID.eq(inspectionId);
        return dsl.select(DATA_QUALITY_FLAG.INSPECTION_ID, DATA_QUALITY_FLAG.RULE, DATA_QUALITY_FLAG.ITEM,
                        DATA_QUALITY_FLAG.SUBSAMPLE, DATA_QUALITY_FLAG.REASON,
                        DATA_QUALITY_FLAG.SOURCE_FILE.concat(DSL.inline(" line "))
                                .concat(DATA_QUALITY_FLAG.SOURCE_LINE.cast(String.class)))
                .from(DATA_QUALITY_FLAG)
                .where(which)
                .orderBy(DATA_QUALITY_FLAG.INSPECTION_ID, DATA_QUALITY_FLAG.ITEM, DATA_QUALITY_FLAG.RULE)
                .fetch(Records.mapping(QualityFlag::new));
    }
}
