package org.probation.analytics.base;

import static org.probation.analytics.db.Tables.INSPECTION;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Whether the loaded inspections are synthetic (a load is never a mix: see sql/110_load_validate.sql). */
@Repository
class SyntheticDataRepository {

    private final DSLContext dsl;

    SyntheticDataRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    boolean anySyntheticInspection() {
        return dsl.fetchExists(INSPECTION, INSPECTION.SYNTHETIC.isTrue());
    }
}
