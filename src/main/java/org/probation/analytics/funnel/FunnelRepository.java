package org.probation.analytics.funnel;

import static org.jooq.impl.DSL.count;
import static org.probation.analytics.db.Tables.FRAMEWORK;
import static org.probation.analytics.db.Tables.FRAMEWORK_ITEM;
import static org.probation.analytics.db.Tables.INSPECTION;
import static org.probation.analytics.db.Tables.PROVIDER;
import static org.probation.analytics.db.Tables.REGION;
import static org.probation.analytics.db.Tables.RESULT_COUNT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.probation.analytics.base.CountKind;
import org.probation.analytics.base.QuestionLevel;
import org.springframework.stereotype.Repository;

/** Reads one question's all-cases count for every inspection of a framework, for the funnel plot. */
@Repository
class FunnelRepository {

    /** An inspection's count of the question (x and n null when unknown), with every consistent count when there are several. */
    record CountRow(
            String inspectionId,
            String provider,
            LocalDate published,
            String region,
            Integer x,
            Integer n,
            BigDecimal percent,
            CountKind countKind,
            String readingList) {}

    private final DSLContext dsl;

    FunnelRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<FunnelFramework> frameworks() {
        return dsl.select(FRAMEWORK.CODE, FRAMEWORK.NAME)
                .from(FRAMEWORK)
                .where(DSL.exists(dsl.selectOne().from(INSPECTION).where(INSPECTION.FRAMEWORK.eq(FRAMEWORK.CODE))))
                .orderBy(FRAMEWORK.FIRST_USED.desc())
                .fetch(Records.mapping(FunnelFramework::new));
    }

    /** The key questions and prompts with an all-cases result in some inspection of the framework. */
    List<FunnelQuestion> questions(String framework) {
        return dsl.select(
                        FRAMEWORK_ITEM.CODE,
                        FRAMEWORK_ITEM.TEXT,
                        FRAMEWORK_ITEM.LEVEL.convertFrom(QuestionLevel::parse),
                        count().filterWhere(RESULT_COUNT.X.isNotNull()),
                        count())
                .from(FRAMEWORK_ITEM)
                .join(RESULT_COUNT)
                .on(
                        RESULT_COUNT.FRAMEWORK.eq(FRAMEWORK_ITEM.FRAMEWORK),
                        RESULT_COUNT.ITEM_CODE.eq(FRAMEWORK_ITEM.CODE),
                        RESULT_COUNT.SUBSAMPLE.eq("all"))
                .where(
                        FRAMEWORK_ITEM.FRAMEWORK.eq(framework),
                        FRAMEWORK_ITEM.LEVEL.in(QuestionLevel.KEY_QUESTION.code(), QuestionLevel.PROMPT.code()))
                .groupBy(FRAMEWORK_ITEM.CODE, FRAMEWORK_ITEM.TEXT, FRAMEWORK_ITEM.LEVEL)
                .orderBy(FRAMEWORK_ITEM.CODE)
                .fetch(Records.mapping(FunnelQuestion::new));
    }

    List<CountRow> counts(String framework, String questionCode) {
        // All cases only: a funnel compares providers on the same population of cases.
        return dsl.select(
                        INSPECTION.ID,
                        PROVIDER.NAME,
                        INSPECTION.PUBLISHED,
                        REGION.NAME,
                        RESULT_COUNT.X,
                        RESULT_COUNT.N,
                        RESULT_COUNT.PERCENT,
                        RESULT_COUNT.COUNT_KIND.convertFrom(CountKind::parse),
                        RESULT_COUNT.READING_LIST)
                .from(RESULT_COUNT)
                .join(INSPECTION)
                .on(INSPECTION.ID.eq(RESULT_COUNT.INSPECTION_ID))
                .join(PROVIDER)
                .on(PROVIDER.ID.eq(INSPECTION.PROVIDER_ID))
                .leftJoin(REGION)
                .on(REGION.ID.eq(PROVIDER.REGION_ID))
                .where(
                        RESULT_COUNT.FRAMEWORK.eq(framework),
                        RESULT_COUNT.ITEM_CODE.eq(questionCode),
                        RESULT_COUNT.SUBSAMPLE.eq("all"))
                .orderBy(PROVIDER.NAME, INSPECTION.PUBLISHED)
                .fetch(Records.mapping(CountRow::new));
    }
}
