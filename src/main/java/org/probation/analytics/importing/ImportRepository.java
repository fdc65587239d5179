package org.probation.analytics.importing;

import static org.probation.analytics.db.Tables.FRAMEWORK_ITEM;
import static org.probation.analytics.db.Tables.INSPECTION;
import static org.probation.analytics.db.Tables.PROVIDER;

import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.probation.analytics.importing.parse.FrameworkQuestion;
import org.probation.analytics.inspection.Inspection;
import org.probation.analytics.inspection.InspectionJson;
import org.probation.analytics.inspection.InspectionRepository;
import org.probation.analytics.inspection.QualityFlag;
import org.probation.analytics.inspection.ResultRow;
import org.springframework.stereotype.Repository;

/** Reads an inspection from a database: the real one (does it exist?) or an import's sandbox. */
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

    /** Inspections loaded from the imports folder (the loader marks them with origin {@code import}). */
    List<Inspection> imported() {
        Set<String> ids = dsl.select(INSPECTION.ID).from(INSPECTION).where(INSPECTION.ORIGIN.eq("import")).fetchSet(INSPECTION.ID);
        return new InspectionRepository(dsl).findAll().stream().filter(i -> ids.contains(i.id())).toList();
    }

    /** The questions a report's tables are matched against. */
    List<FrameworkQuestion> questions() {
        return dsl.select(FRAMEWORK_ITEM.FRAMEWORK, FRAMEWORK_ITEM.CODE, FRAMEWORK_ITEM.LEVEL, FRAMEWORK_ITEM.TEXT)
                .from(FRAMEWORK_ITEM).orderBy(FRAMEWORK_ITEM.FRAMEWORK, FRAMEWORK_ITEM.CODE)
                .fetch(Records.mapping(FrameworkQuestion::new));
    }

    /** Providers as the parser matches them: id, name, type, region id. */
    List<String[]> providers() {
        return dsl.select(PROVIDER.ID, PROVIDER.NAME, PROVIDER.TYPE, PROVIDER.REGION_ID).from(PROVIDER)
                .fetch(Records.mapping((id, name, type, regionId) -> new String[] {id, name, type, regionId}));
    }

    static InspectionJson inspection(DSLContext sandbox, String id) {
        return new InspectionRepository(sandbox).findAll().stream().filter(i -> i.id().equals(id))
                .map(InspectionJson::of).findFirst().orElse(null);
    }

    static List<ResultRow> results(DSLContext sandbox, String id) {
        return new InspectionRepository(sandbox).findResults(id);
    }

    static List<QualityFlag> flags(DSLContext sandbox, String id) {
        return new InspectionRepository(sandbox).findFlags(id);
    }
}
