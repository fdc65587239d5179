package org.probation.analytics.inspection;

import static org.probation.analytics.db.Tables.FRAMEWORK;
import static org.probation.analytics.db.Tables.INSPECTION;
import static org.probation.analytics.db.Tables.PROVIDER;
import static org.probation.analytics.db.Tables.REGION;

import java.time.YearMonth;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

/** Reads inspections and providers. */
@Repository
class InspectionRepository {

    private final DSLContext dsl;

    InspectionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Inspection> findAll() {
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
}
