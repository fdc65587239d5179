package org.probation.analytics.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the reference files written by src/test/resources/stats/reference.R ("NA" is a missing value). */
final class ReferenceCsv {

    private ReferenceCsv() {}

    /** One case of a reference file; its string form names the case and its inputs, for test names. */
    record Row(String label, Map<String, String> values) {

        int integer(String column) {
            return Integer.parseInt(value(column));
        }

        /** The number in a column, NaN for R's NA. */
        double number(String column) {
            String v = value(column);
            return v.equals("NA") ? Double.NaN : Double.parseDouble(v);
        }

        boolean missing(String column) {
            return value(column).equals("NA");
        }

        private String value(String column) {
            String v = values.get(column);
            if (v == null) {
                throw new IllegalArgumentException("no column " + column + " in " + values.keySet());
            }
            return v;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The rows of {@code /stats/<name>}, each labelled by its first {@code inputs} columns. */
    static List<Row> read(String name, int inputs) {
        try (InputStream in = ReferenceCsv.class.getResourceAsStream("/stats/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /stats/" + name);
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            String[] header = lines.getFirst().split(",");
            List<Row> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                Map<String, String> values = new LinkedHashMap<>();
                StringBuilder label = new StringBuilder();
                for (int i = 0; i < header.length; i++) {
                    values.put(header[i], cells[i]);
                    if (i < inputs) {
                        label.append(i == 0 ? "" : " ")
                                .append(header[i])
                                .append('=')
                                .append(shortly(cells[i]));
                    }
                }
                rows.add(new Row(label.toString(), values));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String shortly(String cell) {
        return cell.length() > 8 && !cell.equals("NA") ? Double.toString(Double.parseDouble(cell)) : cell;
    }
}
