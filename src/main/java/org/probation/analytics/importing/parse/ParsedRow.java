package org.probation.analytics.importing.parse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One extracted row: its values keyed by the dataset CSV column names, and the report line it comes from. */
public record ParsedRow(Map<String, String> values, int line) {

    public ParsedRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value of a column, "" when empty or absent. */
    public String get(String column) {
        return values.getOrDefault(column, "");
    }
}
