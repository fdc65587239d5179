package org.probation.analytics.subsample;

import static org.probation.analytics.db.Tables.FRAMEWORK_ITEM;
import static org.probation.analytics.db.Tables.INSPECTION;
import static org.probation.analytics.db.Tables.PROVIDER;
import static org.probation.analytics.db.Tables.RESULT_COUNT;
import static org.probation.analytics.db.Tables.SUBSAMPLE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.probation.analytics.base.CountKind;
import org.probation.analytics.base.QuestionLevel;
import org.probation.analytics.framework.FrameworkItem;
import org.probation.analytics.framework.FrameworkItems;
import org.springframework.stereotype.Repository;

/** What each inspection publishes by sub-sample: the inspections, their sub-samples and every question's count. */
@Repository
class SubsampleRepository {

    /** An inspection to choose from. */
    record InspectionRow(String id, String provider, LocalDate published) {}

    /** A sub-sample an inspection publishes results for. */
    record PublishedSubsample(String inspectionId, String code, String label) {}

    /** One question's count in one sub-sample, before its interval is computed. */
    record FigureRow(
            String questionCode,
            String question,
            QuestionLevel level,
            String standardCode,
            String standardName,
            String subsample,
            String subsampleLabel,
            double percent,
            Integer x,
            Integer n,
            CountKind countKind) {}

    /** One question's count in one sub-sample as stored, before the question is looked up in its framework. */
    private record StoredCount(
            String framework,
            String questionCode,
            String subsample,
            String subsampleLabel,
            double percent,
            Integer x,
            Integer n,
            CountKind countKind) {}

    private final DSLContext dsl;

    SubsampleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<InspectionRow> inspections() {
        return dsl.select(INSPECTION.ID, PROVIDER.NAME, INSPECTION.PUBLISHED)
                .from(INSPECTION)
                .join(PROVIDER)
                .on(PROVIDER.ID.eq(INSPECTION.PROVIDER_ID))
                .orderBy(INSPECTION.PUBLISHED.desc(), PROVIDER.NAME)
                .fetch(Records.mapping(InspectionRow::new));
    }

    /** Every sub-sample with at least one result, per inspection, in the sub-samples' own order. */
    List<PublishedSubsample> subsamples() {
        return dsl.selectDistinct(RESULT_COUNT.INSPECTION_ID, SUBSAMPLE.CODE, SUBSAMPLE.LABEL, SUBSAMPLE.ORDINAL)
                .from(RESULT_COUNT)
                .join(SUBSAMPLE)
                .on(SUBSAMPLE.CODE.eq(RESULT_COUNT.SUBSAMPLE))
                .orderBy(RESULT_COUNT.INSPECTION_ID, SUBSAMPLE.ORDINAL)
                .fetch(Records.mapping(
                        (inspectionId, code, label, ordinal) -> new PublishedSubsample(inspectionId, code, label)));
    }

    /**
     * The questions of one level ({@code key_question} or {@code prompt}) of an inspection in every
     * sub-sample it is published for, as compared; texts and standards come from {@code items}.
     */
    List<FigureRow> figures(String inspectionId, String level, FrameworkItems.Lookup items) {
        List<FigureRow> rows = new ArrayList<>();
        for (StoredCount c : dsl.select(
                        RESULT_COUNT.FRAMEWORK,
                        RESULT_COUNT.ITEM_CODE,
                        SUBSAMPLE.CODE,
                        SUBSAMPLE.LABEL,
                        RESULT_COUNT.PERCENT.convertFrom(BigDecimal::doubleValue),
                        RESULT_COUNT.X,
                        RESULT_COUNT.N,
                        RESULT_COUNT.COUNT_KIND.convertFrom(CountKind::parse))
                .from(RESULT_COUNT)
                .join(FRAMEWORK_ITEM)
                .on(FRAMEWORK_ITEM.FRAMEWORK.eq(RESULT_COUNT.FRAMEWORK), FRAMEWORK_ITEM.CODE.eq(RESULT_COUNT.ITEM_CODE))
                .join(SUBSAMPLE)
                .on(SUBSAMPLE.CODE.eq(RESULT_COUNT.SUBSAMPLE))
                .where(RESULT_COUNT.INSPECTION_ID.eq(inspectionId), FRAMEWORK_ITEM.LEVEL.eq(level))
                .orderBy(RESULT_COUNT.ITEM_CODE, SUBSAMPLE.ORDINAL)
                .fetch(Records.mapping(StoredCount::new))) {
            FrameworkItem item = items.get(c.framework(), c.questionCode());
            if (item == null) { // every counted question is in its framework (the load checks it)
                continue;
            }
            FrameworkItem standard = item.standardCode() == null ? null : items.get(c.framework(), item.standardCode());
            rows.add(new FigureRow(
                    c.questionCode(),
                    item.text(),
                    item.questionLevel(),
                    item.standardCode(),
                    standard == null ? null : standard.text(),
                    c.subsample(),
                    c.subsampleLabel(),
                    c.percent(),
                    c.x(),
                    c.n(),
                    c.countKind()));
        }
        return rows;
    }
}
