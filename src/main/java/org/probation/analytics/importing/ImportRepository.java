package org.probation.analytics.importing;

import static org.probation.analytics.db.Tables.INSPECTION;

import java.util.List;
import org.jooq.DSLContext;
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
