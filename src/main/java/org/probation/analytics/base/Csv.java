package org.probation.analytics.base;

import java.util.List;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** Records to CSV with a header row (the columns are the record's components, in order). */
public final class Csv {

    private static final CsvMapper MAPPER = CsvMapper.builder().build();

    private Csv() {}

    public static <T> String of(List<T> rows, Class<T> type) {
        CsvSchema schema = MAPPER.schemaFor(type).withHeader();
        return MAPPER.writer(schema).writeValueAsString(rows);
    }
}
