package org.probation.analytics.framework;

import static org.probation.analytics.db.Tables.FRAMEWORK_ITEM;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.probation.analytics.base.QuestionLevel;
import org.probation.analytics.dataset.DatasetSandbox;
import org.springframework.stereotype.Repository;

/** Reads every framework item: a few hundred rows, read once per load. */
@Repository
public class FrameworkItemRepository {

    /** An item as stored, before its standard is found. */
    record Row(
            String framework,
            String code,
            String parentCode,
            QuestionLevel level,
            int ordinal,
            String text,
            Boolean rated,
            String appliesTo,
            String shortTitle) {}

    private final DSLContext dsl;

    public FrameworkItemRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The same reads on a database that is not the app's (an import's sandbox): for this feature's service only. */
    FrameworkItemRepository on(DatasetSandbox sandbox) {
        return new FrameworkItemRepository(sandbox.dsl());
    }

    List<Row> all() {
        return dsl.select(
                        FRAMEWORK_ITEM.FRAMEWORK,
                        FRAMEWORK_ITEM.CODE,
                        FRAMEWORK_ITEM.PARENT_CODE,
                        FRAMEWORK_ITEM.LEVEL.convertFrom(QuestionLevel::parse),
                        FRAMEWORK_ITEM.ORDINAL,
                        FRAMEWORK_ITEM.TEXT,
                        FRAMEWORK_ITEM.RATED,
                        FRAMEWORK_ITEM.APPLIES_TO,
                        FRAMEWORK_ITEM.SHORT_TITLE)
                .from(FRAMEWORK_ITEM)
                .orderBy(FRAMEWORK_ITEM.FRAMEWORK, FRAMEWORK_ITEM.CODE)
                .fetch(Records.mapping(Row::new));
    }
}
