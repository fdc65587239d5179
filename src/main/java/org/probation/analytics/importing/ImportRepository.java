package org.probation.analytics.importing;

import static org.probation.analytics.db.Tables.DATA_QUALITY_FLAG;
import static org.probation.analytics.db.Tables.INSPECTION;
import static org.probation.analytics.db.Tables.RESULT;

import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Reads an inspection's rows from a database: the real one (does it exist?) or an import's sandbox. */
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

    static Map<String, Object> inspection(DSLContext sandbox, String id) {
        var row = sandbox.selectFrom(INSPECTION).where(INSPECTION.ID.eq(id)).fetchOne();
        return row == null ? Map.of() : row.intoMap();
    }

    static List<Map<String, Object>> results(DSLContext sandbox, String id) {
        return sandbox.selectFrom(RESULT).where(RESULT.INSPECTION_ID.eq(id))
                .orderBy(RESULT.ITEM_CODE, RESULT.SUBSAMPLE).fetchMaps();
    }

    static List<Map<String, Object>> flags(DSLContext sandbox, String id) {
        return sandbox.selectFrom(DATA_QUALITY_FLAG).where(DATA_QUALITY_FLAG.INSPECTION_ID.eq(id))
                .orderBy(DATA_QUALITY_FLAG.ITEM).fetchMaps();
    }
}
