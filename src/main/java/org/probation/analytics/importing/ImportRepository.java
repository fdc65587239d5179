package org.probation.analytics.importing;

import static org.probation.analytics.db.Tables.FRAMEWORK;
import static org.probation.analytics.db.Tables.FRAMEWORK_ITEM;
import static org.probation.analytics.db.Tables.INSPECTION;
import static org.probation.analytics.db.Tables.PROVIDER;

import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.probation.analytics.base.QuestionLevel;
import org.probation.analytics.importing.parse.FrameworkQuestion;
import org.springframework.stereotype.Repository;

/** What an import reads of the app's database: whether an inspection exists, which are imported, what reports are matched against. */
@Repository
class ImportRepository {

    private final DSLContext dsl;

    ImportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The origin of a loaded inspection ({@code dataset} or {@code import}), or null if none. */
    String origin(String inspectionId) {
        return dsl.fetchValue(INSPECTION.ORIGIN, INSPECTION.ID.eq(inspectionId));
    }

    /** The ids of the inspections loaded from the imports folder (the loader marks them with origin {@code import}). */
    Set<String> importedIds() {
        return dsl.select(INSPECTION.ID)
                .from(INSPECTION)
                .where(INSPECTION.ORIGIN.eq("import"))
                .fetchSet(INSPECTION.ID);
    }

    /** The questions a report's tables are matched against. */
    List<FrameworkQuestion> questions() {
        return dsl.select(
                        FRAMEWORK_ITEM.FRAMEWORK,
                        FRAMEWORK_ITEM.CODE,
                        FRAMEWORK_ITEM.LEVEL.convertFrom(QuestionLevel::parse),
                        FRAMEWORK_ITEM.TEXT)
                .from(FRAMEWORK_ITEM)
                .orderBy(FRAMEWORK_ITEM.FRAMEWORK, FRAMEWORK_ITEM.CODE)
                .fetch(Records.mapping(FrameworkQuestion::new));
    }

    /** Each framework's name by its code. */
    java.util.Map<String, String> frameworkNames() {
        return dsl.select(FRAMEWORK.CODE, FRAMEWORK.NAME).from(FRAMEWORK).fetchMap(FRAMEWORK.CODE, FRAMEWORK.NAME);
    }

    /** Providers as the parser matches them: id, name, type, region id. */
    List<String[]> providers() {
        return dsl.select(PROVIDER.ID, PROVIDER.NAME, PROVIDER.TYPE, PROVIDER.REGION_ID)
                .from(PROVIDER)
                .fetch(Records.mapping((id, name, type, regionId) -> new String[] {id, name, type, regionId}));
    }
}
