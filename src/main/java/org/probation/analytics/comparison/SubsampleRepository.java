package org.probation.analytics.comparison;

import static org.probation.analytics.db.Tables.FRAMEWORK_ITEM;
import static org.probation.analytics.db.Tables.INSPECTION;
import static org.probation.analytics.db.Tables.PROVIDER;
import static org.probation.analytics.db.Tables.RESULT_COUNT;
import static org.probation.analytics.db.Tables.SUBSAMPLE;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** What each inspection publishes by sub-sample: the inspections, their sub-samples and every question's count. */
@Repository
class SubsampleRepository {

    /** An inspection to choose from. */
    record InspectionRow(String id, String provider, LocalDate published) {}

    /** A sub-sample an inspection publishes results for. */
    record PublishedSubsample(String inspectionId, String code, String label) {}

    /** One question's count in one sub-sample, before its interval is computed. */
    record FigureRow(String questionCode, String question, String level, String standardCode, String standardName,
            String subsample, String subsampleLabel, double percent, Integer x, Integer n, String countKind) {}

    private final DSLContext dsl;

    SubsampleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<InspectionRow> inspections() {
        return dsl.select(INSPECTION.ID, PROVIDER.NAME, INSPECTION.PUBLISHED)
                .from(INSPECTION).join(PROVIDER).on(PROVIDER.ID.eq(INSPECTION.PROVIDER_ID))
                .orderBy(INSPECTION.PUBLISHED.desc(), PROVIDER.NAME)
                .fetch(Records.mapping(InspectionRow::new));
    }

    /** Every sub-sample with at least one result, per inspection, in the sub-samples' own order. */
    List<PublishedSubsample> subsamples() {
        return dsl.selectDistinct(RESULT_COUNT.INSPECTION_ID, SUBSAMPLE.CODE, SUBSAMPLE.LABEL, SUBSAMPLE.ORDINAL)
                .from(RESULT_COUNT).join(SUBSAMPLE).on(SUBSAMPLE.CODE.eq(RESULT_COUNT.SUBSAMPLE))
                .orderBy(RESULT_COUNT.INSPECTION_ID, SUBSAMPLE.ORDINAL)
                .fetch(r -> new PublishedSubsample(r.value1(), r.value2(), r.value3()));
    }

    /** Every key question and prompt of an inspection in every sub-sample it is published for, as compared. */
    List<FigureRow> figures(String inspectionId) {
        var keyQuestion = FRAMEWORK_ITEM.as("key_question");
        var standard = FRAMEWORK_ITEM.as("standard");
        // The standard of a prompt is its key question's parent; of a key question, its parent.
        Field<String> standardCode = DSL.when(FRAMEWORK_ITEM.LEVEL.eq("prompt"), keyQuestion.PARENT_CODE)
                .otherwise(FRAMEWORK_ITEM.PARENT_CODE);
        return dsl.select(RESULT_COUNT.ITEM_CODE, FRAMEWORK_ITEM.TEXT, FRAMEWORK_ITEM.LEVEL, standardCode, standard.TEXT,
                        SUBSAMPLE.CODE, SUBSAMPLE.LABEL, RESULT_COUNT.PERCENT, RESULT_COUNT.X, RESULT_COUNT.N,
                        RESULT_COUNT.COUNT_KIND)
                .from(RESULT_COUNT)
                .join(FRAMEWORK_ITEM).on(FRAMEWORK_ITEM.FRAMEWORK.eq(RESULT_COUNT.FRAMEWORK),
                        FRAMEWORK_ITEM.CODE.eq(RESULT_COUNT.ITEM_CODE))
                .leftJoin(keyQuestion).on(keyQuestion.FRAMEWORK.eq(FRAMEWORK_ITEM.FRAMEWORK),
                        keyQuestion.CODE.eq(FRAMEWORK_ITEM.PARENT_CODE))
                .leftJoin(standard).on(standard.FRAMEWORK.eq(RESULT_COUNT.FRAMEWORK), standard.CODE.eq(standardCode))
                .join(SUBSAMPLE).on(SUBSAMPLE.CODE.eq(RESULT_COUNT.SUBSAMPLE))
                .where(RESULT_COUNT.INSPECTION_ID.eq(inspectionId), FRAMEWORK_ITEM.LEVEL.in("key_question", "prompt"))
                .orderBy(RESULT_COUNT.ITEM_CODE, SUBSAMPLE.ORDINAL)
                .fetch(r -> new FigureRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8().doubleValue(), r.value9(), r.value10(), r.value11()));
    }
}
