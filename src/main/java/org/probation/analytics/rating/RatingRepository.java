package org.probation.analytics.rating;

import static org.probation.analytics.db.Tables.FRAMEWORK;
import static org.probation.analytics.db.Tables.FRAMEWORK_ITEM;
import static org.probation.analytics.db.Tables.INSPECTION;
import static org.probation.analytics.db.Tables.RESULT;
import static org.probation.analytics.db.Tables.STANDARD_RATING;
import static org.probation.analytics.db.Tables.STANDARD_SAMPLE;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.probation.analytics.base.CountKind;
import org.probation.analytics.base.QuestionLevel;
import org.probation.analytics.framework.FrameworkItem;
import org.probation.analytics.framework.FrameworkItems;
import org.springframework.stereotype.Repository;

/** Reads what rating checks need: standards with their published ratings, and key-question results. */
@Repository
class RatingRepository {

    /** A standard of the inspection's framework and its published rating (null if none printed). */
    record StandardRow(String code, String title, String name, Boolean rated, boolean caseBased, String publishedRating) {}

    /** A key question's all-cases result with its count, stated or estimated. */
    record KeyQuestionRow(String code, String standardCode, String text, double percent, Integer yes, Integer n,
            CountKind denominatorKind) {}

    /** A standard of a framework, before an inspection's published rating is attached. */
    record FrameworkStandard(String framework, String code, String title, String name, Boolean rated, boolean caseBased) {}

    /** The framework facts an overall check needs. */
    record InspectionFrame(String id, String framework, Integer score, String overallRating, Integer maxScore,
            String bands, String bandsSource, String keyQuestionBands) {}

    private final DSLContext dsl;

    RatingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every inspection's frame: read once per load. */
    List<InspectionFrame> frames() {
        return dsl.select(INSPECTION.ID, INSPECTION.FRAMEWORK, INSPECTION.SCORE, INSPECTION.OVERALL_RATING,
                        FRAMEWORK.MAX_SCORE, FRAMEWORK.SCORE_BANDS, FRAMEWORK.SCORE_BANDS_SOURCE,
                        FRAMEWORK.KEY_QUESTION_BANDS)
                .from(INSPECTION).join(FRAMEWORK).on(FRAMEWORK.CODE.eq(INSPECTION.FRAMEWORK))
                .fetch(Records.mapping(InspectionFrame::new));
    }

    /** Every framework's standards in code order, without ratings: read once per load. */
    List<FrameworkStandard> standards() {
        // A standard is case-based (rated by the rule) when its results come from a case sample.
        return dsl.select(FRAMEWORK_ITEM.FRAMEWORK, FRAMEWORK_ITEM.CODE, FRAMEWORK_ITEM.SHORT_TITLE, FRAMEWORK_ITEM.TEXT,
                        FRAMEWORK_ITEM.RATED,
                        STANDARD_SAMPLE.SAMPLE.isNotNull())
                .from(FRAMEWORK_ITEM)
                .leftJoin(STANDARD_SAMPLE).on(STANDARD_SAMPLE.FRAMEWORK.eq(FRAMEWORK_ITEM.FRAMEWORK),
                        STANDARD_SAMPLE.STANDARD_CODE.eq(FRAMEWORK_ITEM.CODE))
                .where(FRAMEWORK_ITEM.LEVEL.eq(QuestionLevel.STANDARD.code()))
                .orderBy(FRAMEWORK_ITEM.FRAMEWORK, FRAMEWORK_ITEM.CODE)
                .fetch(Records.mapping(FrameworkStandard::new));
    }

    /** Every published standard rating (inspection, standard, rating): read once per load. */
    List<String[]> publishedRatings() {
        return dsl.select(STANDARD_RATING.INSPECTION_ID, STANDARD_RATING.STANDARD_CODE, STANDARD_RATING.RATING)
                .from(STANDARD_RATING)
                .fetch(r -> new String[] {r.value1(), r.value2(), r.value3()});
    }

    /**
     * The first printing of each key question (body tables come before annexes) in all cases,
     * counts stated where the report states them, else the load's estimate; the question's
     * standard and text come from {@code items}.
     */
    List<KeyQuestionRow> keyQuestionResults(String inspectionId, FrameworkItems.Lookup items) {
        Map<String, KeyQuestionRow> first = new LinkedHashMap<>();
        dsl.select(RESULT.FRAMEWORK, RESULT.ITEM_CODE, RESULT.PERCENT, RESULT.YES_COUNT.coalesce(RESULT.YES_ESTIMATE),
                        RESULT.DENOMINATOR.coalesce(RESULT.DENOMINATOR_ESTIMATE), RESULT.DENOMINATOR_KIND.convertFrom(CountKind::parse))
                .from(RESULT)
                .where(RESULT.INSPECTION_ID.eq(inspectionId), RESULT.SUBSAMPLE.eq("all"))
                .orderBy(RESULT.ITEM_CODE, RESULT.SOURCE_LINE)
                .forEach(r -> {
                    FrameworkItem item = items.get(r.value1(), r.value2());
                    if (item != null && item.questionLevel() == QuestionLevel.KEY_QUESTION && !first.containsKey(r.value2())) {
                        first.put(r.value2(), new KeyQuestionRow(r.value2(), item.parentCode(), item.text(),
                                toDouble(r.value3()), r.value4(), r.value5(), r.value6()));
                    }
                });
        return List.copyOf(first.values());
    }

    private static double toDouble(BigDecimal value) {
        return value.doubleValue();
    }
}
