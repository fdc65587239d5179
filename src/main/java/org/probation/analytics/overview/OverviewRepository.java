package org.probation.analytics.overview;

import static org.probation.analytics.db.Tables.FRAMEWORK;
import static org.probation.analytics.db.Tables.FRAMEWORK_ITEM;
import static org.probation.analytics.db.Tables.INSPECTION;
import static org.probation.analytics.db.Tables.PROVIDER;
import static org.probation.analytics.db.Tables.REGION;
import static org.probation.analytics.db.Tables.STANDARD_RATING;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.probation.analytics.base.QuestionLevel;
import org.springframework.stereotype.Repository;

/** Reads the published ratings of the inspections a filter selects, and the filters' options. */
@Repository
class OverviewRepository {

    /** An inspection of the overview before its ratings are attached. */
    record InspectionRow(
            String id,
            String provider,
            LocalDate published,
            String providerType,
            String regionId,
            String region,
            String overallRating,
            Integer score,
            Integer maxScore) {}

    /** A published rating and the region of its provider (the filter's region is an id). */
    record RatingRow(String regionId, PublishedRating rating) {}

    /** A standard of a framework and whether the framework rates it. */
    record StandardRow(String code, String title, String name, Boolean rated) {}

    private final DSLContext dsl;

    OverviewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Choice> frameworks() {
        return dsl.select(FRAMEWORK.CODE, FRAMEWORK.NAME)
                .from(FRAMEWORK)
                .where(DSL.exists(dsl.selectOne().from(INSPECTION).where(INSPECTION.FRAMEWORK.eq(FRAMEWORK.CODE))))
                .orderBy(FRAMEWORK.FIRST_USED.desc())
                .fetch(Records.mapping(Choice::new));
    }

    /** Regions with at least one inspected provider. */
    List<Choice> regions() {
        return dsl.selectDistinct(REGION.ID, REGION.NAME)
                .from(REGION)
                .join(PROVIDER)
                .on(PROVIDER.REGION_ID.eq(REGION.ID))
                .join(INSPECTION)
                .on(INSPECTION.PROVIDER_ID.eq(PROVIDER.ID))
                .orderBy(REGION.NAME)
                .fetch(Records.mapping(Choice::new));
    }

    /** Provider types with at least one inspection (codes such as pdu, nps_region). */
    List<String> providerTypes() {
        return dsl.selectDistinct(PROVIDER.TYPE)
                .from(PROVIDER)
                .join(INSPECTION)
                .on(INSPECTION.PROVIDER_ID.eq(PROVIDER.ID))
                .orderBy(PROVIDER.TYPE)
                .fetch(PROVIDER.TYPE);
    }

    List<StandardRow> standards(String framework) {
        return dsl.select(FRAMEWORK_ITEM.CODE, FRAMEWORK_ITEM.SHORT_TITLE, FRAMEWORK_ITEM.TEXT, FRAMEWORK_ITEM.RATED)
                .from(FRAMEWORK_ITEM)
                .where(FRAMEWORK_ITEM.FRAMEWORK.eq(framework), FRAMEWORK_ITEM.LEVEL.eq(QuestionLevel.STANDARD.code()))
                .orderBy(FRAMEWORK_ITEM.PARENT_CODE, FRAMEWORK_ITEM.ORDINAL)
                .fetch(Records.mapping(StandardRow::new));
    }

    /** Every inspection of the framework, by provider and publication; the filters are applied by the service. */
    List<InspectionRow> inspections(String framework) {
        return dsl.select(
                        INSPECTION.ID,
                        PROVIDER.NAME,
                        INSPECTION.PUBLISHED,
                        PROVIDER.TYPE,
                        PROVIDER.REGION_ID,
                        REGION.NAME,
                        INSPECTION.OVERALL_RATING,
                        INSPECTION.SCORE,
                        INSPECTION.MAX_SCORE)
                .from(INSPECTION)
                .join(PROVIDER)
                .on(PROVIDER.ID.eq(INSPECTION.PROVIDER_ID))
                .leftJoin(REGION)
                .on(REGION.ID.eq(PROVIDER.REGION_ID))
                .where(INSPECTION.FRAMEWORK.eq(framework))
                .orderBy(PROVIDER.NAME, INSPECTION.PUBLISHED)
                .fetch(Records.mapping(InspectionRow::new));
    }

    /** Every published rating of the framework's inspections, in the order of the inspections, then of the standards. */
    List<RatingRow> ratings(String framework) {
        return dsl.select(
                        INSPECTION.ID,
                        PROVIDER.NAME,
                        INSPECTION.PUBLISHED,
                        REGION.NAME,
                        PROVIDER.TYPE,
                        STANDARD_RATING.STANDARD_CODE,
                        FRAMEWORK_ITEM.TEXT,
                        STANDARD_RATING.RATING,
                        STANDARD_RATING.RATING_PRINTED,
                        STANDARD_RATING
                                .SOURCE_FILE
                                .concat(DSL.inline(" line "))
                                .concat(STANDARD_RATING.SOURCE_LINE.cast(String.class)),
                        PROVIDER.REGION_ID)
                .from(STANDARD_RATING)
                .join(INSPECTION)
                .on(INSPECTION.ID.eq(STANDARD_RATING.INSPECTION_ID))
                .join(PROVIDER)
                .on(PROVIDER.ID.eq(INSPECTION.PROVIDER_ID))
                .leftJoin(REGION)
                .on(REGION.ID.eq(PROVIDER.REGION_ID))
                .join(FRAMEWORK_ITEM)
                .on(
                        FRAMEWORK_ITEM.FRAMEWORK.eq(INSPECTION.FRAMEWORK),
                        FRAMEWORK_ITEM.CODE.eq(STANDARD_RATING.STANDARD_CODE))
                .where(INSPECTION.FRAMEWORK.eq(framework))
                .orderBy(PROVIDER.NAME, INSPECTION.PUBLISHED, FRAMEWORK_ITEM.PARENT_CODE, FRAMEWORK_ITEM.ORDINAL)
                .fetch(Records.mapping(
                        (id, provider, published, region, type, code, standard, rating, printed, source, regionId) ->
                                new RatingRow(
                                        regionId,
                                        new PublishedRating(
                                                id,
                                                provider,
                                                published.getYear(),
                                                region,
                                                type,
                                                code,
                                                standard,
                                                rating,
                                                printed,
                                                source))));
    }
}
