package org.probation.analytics.inspection;

import static org.probation.analytics.db.Tables.DATA_QUALITY_FLAG;
import static org.probation.analytics.db.Tables.FRAMEWORK;
import static org.probation.analytics.db.Tables.INSPECTION;
import static org.probation.analytics.db.Tables.PROVIDER;
import static org.probation.analytics.db.Tables.REGION;
import static org.probation.analytics.db.Tables.RESULT;
import static org.probation.analytics.db.Tables.SUBSAMPLE;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.probation.analytics.base.CountKind;
import org.probation.analytics.dataset.DatasetSandbox;
import org.probation.analytics.framework.FrameworkItem;
import org.probation.analytics.framework.FrameworkItems;
import org.springframework.stereotype.Repository;

/** Reads inspections and providers. */
@Repository
public class InspectionRepository {

    /** A result as stored, before its question's text, level and standard are looked up in its framework. */
    private record StoredResult(
            String framework,
            String questionCode,
            String questionAsPrinted,
            String subsample,
            String percentPrinted,
            double percent,
            String percentKind,
            Integer yes,
            Integer n,
            CountKind denominator,
            Integer yesEstimate,
            Integer nEstimate,
            String estimateBasis,
            Boolean estimateUnique,
            Integer estimateSolutions,
            String estimateReadings,
            String marker,
            String markerMeaning,
            String section,
            String source) {

        ResultRow with(FrameworkItem item) {
            return new ResultRow(
                    item.standardCode(),
                    questionCode,
                    item.questionLevel(),
                    item.text(),
                    questionAsPrinted,
                    subsample,
                    percentPrinted,
                    percent,
                    percentKind,
                    yes,
                    n,
                    denominator,
                    yesEstimate,
                    nEstimate,
                    estimateBasis,
                    estimateUnique,
                    estimateSolutions,
                    estimateReadings,
                    marker,
                    markerMeaning,
                    section,
                    source);
        }
    }

    private final DSLContext dsl;

    public InspectionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The same reads on a database that is not the app's (an import's sandbox): for this feature's service only. */
    InspectionRepository on(DatasetSandbox sandbox) {
        return new InspectionRepository(sandbox.dsl());
    }

    List<Inspection> findAll() {
        return dsl.select(
                        INSPECTION.ID,
                        PROVIDER.NAME,
                        PROVIDER.ID,
                        PROVIDER.TYPE.convertFrom(ProviderType::fromCode),
                        REGION.NAME,
                        FRAMEWORK.CODE,
                        FRAMEWORK.NAME,
                        INSPECTION.FIELDWORK_START,
                        INSPECTION.FIELDWORK_START_PRECISION,
                        INSPECTION.PUBLISHED.convertFrom(YearMonth::from),
                        INSPECTION.SCORE,
                        INSPECTION.MAX_SCORE,
                        INSPECTION.OVERALL_RATING,
                        INSPECTION.TITLE)
                .from(INSPECTION)
                .join(PROVIDER)
                .on(PROVIDER.ID.eq(INSPECTION.PROVIDER_ID))
                .leftJoin(REGION)
                .on(REGION.ID.eq(PROVIDER.REGION_ID))
                .join(FRAMEWORK)
                .on(FRAMEWORK.CODE.eq(INSPECTION.FRAMEWORK))
                .orderBy(INSPECTION.PUBLISHED.desc(), PROVIDER.NAME)
                .fetch(Records.mapping(Inspection::new));
    }

    List<Provider> findProviders() {
        return dsl.select(PROVIDER.ID, PROVIDER.NAME, PROVIDER.TYPE.convertFrom(ProviderType::fromCode), REGION.NAME)
                .from(PROVIDER)
                .leftJoin(REGION)
                .on(REGION.ID.eq(PROVIDER.REGION_ID))
                .orderBy(REGION.NAME.nullsFirst(), PROVIDER.TYPE, PROVIDER.NAME)
                .fetch(Records.mapping(Provider::new));
    }

    /**
     * Every result of an inspection, in question, sub-sample and printing order; the question's
     * text, level and standard come from {@code items} (read once per load), not from every row.
     */
    List<ResultRow> findResults(String inspectionId, FrameworkItems.Lookup items) {
        List<ResultRow> rows = new ArrayList<>();
        for (StoredResult r : dsl.select(
                        RESULT.FRAMEWORK,
                        RESULT.ITEM_CODE,
                        RESULT.QUESTION_AS_PRINTED,
                        RESULT.SUBSAMPLE,
                        RESULT.PERCENT_PRINTED,
                        RESULT.PERCENT.convertFrom(BigDecimal::doubleValue),
                        RESULT.PERCENT_KIND,
                        RESULT.YES_COUNT,
                        RESULT.DENOMINATOR,
                        RESULT.DENOMINATOR_KIND.convertFrom(CountKind::parse),
                        RESULT.YES_ESTIMATE,
                        RESULT.DENOMINATOR_ESTIMATE,
                        RESULT.ESTIMATE_BASIS,
                        RESULT.ESTIMATE_UNIQUE,
                        RESULT.ESTIMATE_SOLUTIONS,
                        RESULT.ESTIMATE_READINGS,
                        RESULT.MARKER,
                        RESULT.MARKER_MEANING,
                        RESULT.SOURCE_SECTION,
                        RESULT.SOURCE_FILE.concat(DSL.inline(" line ")).concat(RESULT.SOURCE_LINE.cast(String.class)))
                .from(RESULT)
                .join(SUBSAMPLE)
                .on(SUBSAMPLE.CODE.eq(RESULT.SUBSAMPLE))
                .where(RESULT.INSPECTION_ID.eq(inspectionId))
                .orderBy(RESULT.ITEM_CODE, SUBSAMPLE.ORDINAL, RESULT.SOURCE_LINE)
                .fetch(Records.mapping(StoredResult::new))) {
            FrameworkItem item = items.get(r.framework(), r.questionCode());
            if (item != null) { // every result's question is in its framework (the load checks it)
                rows.add(r.with(item));
            }
        }
        return rows;
    }

    List<QualityFlag> findFlags(String inspectionId) {
        Condition which = inspectionId == null ? DSL.noCondition() : DATA_QUALITY_FLAG.INSPECTION_ID.eq(inspectionId);
        return dsl.select(
                        DATA_QUALITY_FLAG.INSPECTION_ID,
                        DATA_QUALITY_FLAG.RULE,
                        DATA_QUALITY_FLAG.ITEM,
                        DATA_QUALITY_FLAG.SUBSAMPLE,
                        DATA_QUALITY_FLAG.REASON,
                        DATA_QUALITY_FLAG
                                .SOURCE_FILE
                                .concat(DSL.inline(" line "))
                                .concat(DATA_QUALITY_FLAG.SOURCE_LINE.cast(String.class)))
                .from(DATA_QUALITY_FLAG)
                .where(which)
                .orderBy(DATA_QUALITY_FLAG.INSPECTION_ID, DATA_QUALITY_FLAG.ITEM, DATA_QUALITY_FLAG.RULE)
                .fetch(Records.mapping(QualityFlag::new));
    }
}
