package org.probation.analytics.base.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.probation.analytics.base.Csv;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.csv.CsvMapper;

/**
 * A record type's columns as the CSV writes them ({@link Csv#columns}: the same names, in the same
 * order, groups unwrapped inline) with each column's {@link Unit}, and a row's values read through
 * the same serialisation, so that a workbook holds exactly what the CSV holds.
 */
public final class TableColumns {

    /** One column: its name in the header row and what its numbers mean (null: a plain value). */
    public record Column(String name, Unit.Kind unit) {}

    // the CSV's serialisation without its spreadsheet-safe text: a workbook's text cell is never run as a formula
    private static final CsvMapper VALUES = CsvMapper.builder().build();

    private final List<Column> columns;

    private TableColumns(List<Column> columns) {
        this.columns = columns;
    }

    public static TableColumns of(Class<?> type) {
        Map<String, Unit.Kind> units = new HashMap<>();
        collectUnits(type, "", "", units);
        return new TableColumns(Csv.columns(type).stream()
                .map(name -> new Column(name, units.get(name)))
                .toList());
    }

    public List<Column> columns() {
        return columns;
    }

    /** A row's values by column name: numbers, booleans and text as the CSV writes them, null where it writes nothing. */
    public static JsonNode values(Object row) {
        return VALUES.valueToTree(row);
    }

    private static <A extends java.lang.annotation.Annotation> A annotation(
            Class<?> type, RecordComponent c, Class<A> annotation) {
        try {
            return type.getDeclaredField(c.getName()).getAnnotation(annotation);
        } catch (NoSuchFieldException e) {
            return c.getAnnotation(annotation);
        }
    }

    /** The units of a record's components, under the names the CSV gives them (prefix and suffix of unwrapped groups). */
    private static void collectUnits(Class<?> type, String prefix, String suffix, Map<String, Unit.Kind> units) {
        if (!type.isRecord()) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            // Jackson's annotations do not target record components: they sit on the record's field
            JsonUnwrapped unwrapped = annotation(type, c, JsonUnwrapped.class);
            if (unwrapped != null && unwrapped.enabled()) {
                collectUnits(c.getType(), prefix + unwrapped.prefix(), unwrapped.suffix() + suffix, units);
                continue;
            }
            JsonProperty property = annotation(type, c, JsonProperty.class);
            String name = property != null && !property.value().isEmpty() ? property.value() : c.getName();
            Unit unit = c.getAnnotation(Unit.class);
            if (unit != null) {
                units.put(prefix + name + suffix, unit.value());
            }
        }
    }
}
