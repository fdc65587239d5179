package org.probation.analytics.synthetic;

import java.util.Arrays;
import java.util.List;

/** A CSV file being built: its header, then one line per {@link #add}, counting the data rows. */
final class Table {

    private final StringBuilder text = new StringBuilder();
    private int rows;

    Table(String header) {
        text.append(header).append('\n');
    }

    Table add(Object... fields) {
        text.append(Csv.line(Arrays.asList(fields)));
        rows++;
        return this;
    }

    Table add(List<?> fields) {
        text.append(Csv.line(fields));
        rows++;
        return this;
    }

    String text() {
        return text.toString();
    }

    int rows() {
        return rows;
    }
}
