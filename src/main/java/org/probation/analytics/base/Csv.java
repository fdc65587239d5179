package org.probation.analytics.base;

import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Records to CSV with a header row (the columns are the record's components, in order). Text that a
 * spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) is
 * written with a leading apostrophe, as spreadsheet-safe exporters do (OWASP's CSV injection advice);
 * numbers, and text that is a plain number such as "-1.5", are written as they are.
 */
public final class Csv {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .addModule(new SimpleModule("spreadsheet-safe text").addSerializer(String.class, new SafeText()))
            .build();

    private Csv() {}

    /** {@code text}, or {@code 'text} when a spreadsheet would read it as a formula (a plain number, "-1.5", is kept). */
    public static String safe(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !Numbers.isDecimal(text)
                ? "'" + text
                : text;
    }

    private static final class SafeText extends StdSerializer<String> {
        SafeText() {
            super(String.class);
        }

        @Override
        public void serialize(String value, JsonGenerator gen, SerializationContext context) {
            gen.writeString(safe(value));
        }
    }

    /** The header row {@link #of} writes for {@code type}: its columns, in order (groups unwrapped inline). */
    public static List<String> columns(Class<?> type) {
        List<String> names = new java.util.ArrayList<>();
        MAPPER.schemaFor(type).forEach(column -> names.add(column.getName()));
        return names;
    }

    public static <T> String of(List<T> rows, Class<T> type) {
        CsvSchema schema = MAPPER.schemaFor(type).withHeader();
        return MAPPER.writer(schema).writeValueAsString(rows);
    }
}
