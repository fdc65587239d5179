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
    record StandardRow(
            String code, String title, String name, Boolean rated, boolean caseBased, String publishedRating) {}

    /** A key question's all-cases result with its count, stated or estimated. */
    record KeyQuestionRow(
            String code,
            String standardCode,
            String text,
            double percent,
            Integer yes,
            Integer n,
            CountKind denominatorKind) {}

    /** A standard of a framework, before an inspection's published rating is attached. */
    record FrameworkStandard(
            String framework, String code, String title, String name, Boolean rated, boolean caseBased) {}

    /** A standard's rating as an inspection's report publishes it. */
    record PublishedRating(String inspectionId, String standardCode, String rating) {}

    /** A result in all cases as stored (counts stated, else estimated), before its question is looked up. */
    private record StoredKeyQuestion(
            String framework, String code, double percent, Integer yes, Integer n, CountKind denominatorKind) {}

    /** The framework facts an overall check needs. */
    record InspectionFrame(
            String id,
            String framework,
            Integer score,
            String overallRating,
            Integer maxScore,
            String bands,
            String bandsSource,
            String keyQuestionBands) {}

    private final DSLContext dsl;

    RatingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every inspection's frame: read once per load. */
    List<InspectionFrame> frames() {
        return dsl.select(
                        INSPECTION.ID,
                        INSPECTION.FRAMEWORK,
                        INSPECTION.SCORE,
                        INSPECTION.OVERALL_RATING,
                        FRAMEWORK.MAX_SCORE,
                        FRAMEWORK.SCORE_BANDS,
                        FRAMEWORK.SCORE_BANDS_SOURCE,
                        FRAMEWORK.KEY_QUESTION_BANDS)
                .from(INSPECTION)
                .join(FRAMEWORK)
                .on(FRAMEWORK.CODE.eq(INSPECTION.FRAMEWORK))
                .fetch(Records.mapping(InspectionFrame::new));
    }

    /** Every framework's standards in code order, without ratings: read once per load. */
    List<FrameworkStandard> standards() {
        // A standard is case-based (rated by the rule) when its results come from a case sample.
        return dsl.select(
                        FRAMEWORK_ITEM.FRAMEWORK,
                        FRAMEWORK_ITEM.CODE,
                        FRAMEWORK_ITEM.SHORT_TITLE,
                        FRAMEWORK_ITEM.TEXT,
                        FRAMEWORK_ITEM.RATED,
                        STANDARD_SAMPLE.SAMPLE.isNotNull())
                .from(FRAMEWORK_ITEM)
                .leftJoin(STANDARD_SAMPLE)
                .on(
                        STANDARD_SAMPLE.FRAMEWORK.eq(FRAMEWORK_ITEM.FRAMEWORK),
                        STANDARD_SAMPLE.STANDARD_CODE.eq(FRAMEWORK_ITEM.CODE))
                .where(FRAMEWORK_ITEM.LEVEL.eq(QuestionLevel.STANDARD.code()))
                .orderBy(FRAMEWORK_ITEM.FRAMEWORK, FRAMEWORK_ITEM.CODE)
                .fetch(Records.mapping(FrameworkStandard::new));
    }

    /** Every published standard rating: read once per load. */
    List<PublishedRating> publishedRatings() {
        return dsl.select(STANDARD_RATING.INSPECTION_ID, STANDARD_RATING.STANDARD_CODE, STANDARD_RATING.RATING)
                .from(STANDARD_RATING)
                .fetch(Records.mapping(PublishedRating::new));
    }

    /**
     * The first printing of each key question (body tables come before annexes) in all cases,
     * counts stated where the report states them, else the load's estimate; the question's
     * standard and text come from {@code items}.
     */
    List<KeyQuestionRow> keyQuestionResults(String inspectionId, FrameworkItems.Lookup items) {
        Map<String, KeyQuestionRow> first = new LinkedHashMap<>();
        for (StoredKeyQuestion r : dsl.select(
                        RESULT.FRAMEWORK,
                        RESULT.ITEM_CODE,
                        RESULT.PERCENT.convertFrom(BigDecimal::doubleValue),
                        RESULT.YES_COUNT.coalesce(RESULT.YES_ESTIMATE),
                        RESULT.DENOMINATOR.coalesce(RESULT.DENOMINATOR_ESTIMATE),
                        RESULT.DENOMINATOR_KIND.convertFrom(CountKind::parse))
                .from(RESULT)
                .where(RESULT.INSPECTION_ID.eq(inspectionId), RESULT.SUBSAMPLE.eq("all"))
                .orderBy(RESULT.ITEM_CODE, RESULT.SOURCE_LINE)
                .fetch(Records.mapping(StoredKeyQuestion::new))) {
            FrameworkItem item = items.get(r.framework(), r.code());
            if (item != null && item.questionLevel() == QuestionLevel.KEY_QUESTION && !first.containsKey(r.code())) {
                first.put(
                        r.code(),
                        new KeyQuestionRow(
                                r.code(),
                                item.parentCode(),
                                item.text(),
                                r.percent(),
                                r.yes(),
                                r.n(),
                                r.denominatorKind()));
            }
        }
        return List.copyOf(first.values());
    }
}
