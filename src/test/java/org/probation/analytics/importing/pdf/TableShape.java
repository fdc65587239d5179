package org.probation.analytics.importing.pdf;

import org.probation.analytics.importing.pdf.SeedReport.Row;
import org.probation.analytics.importing.pdf.SeedReport.Table;

/**
 * Which of a table's columns hold values (percentages, ratings, page numbers: short cells, printed right-aligned
 * in narrow columns) and which hold text (questions, labels, definitions), and the widths of the columns.
 */
final class TableShape {

    /** A cell this long or shorter counts as a value. */
    static final int SHORT = 14;

    private TableShape() {}

    /** Value columns: not the first, and at least 60% of their non-empty cells (heading row aside) short. */
    static boolean[] valueColumns(Table table) {
        boolean[] value = new boolean[table.columns()];
        for (int c = 1; c < table.columns(); c++) {
            int cells = 0;
            int shortCells = 0;
            for (int r = table.headed() ? 1 : 0; r < table.rows().size(); r++) {
                String text = table.rows().get(r).text(c);
                if (!text.isEmpty()) {
                    cells++;
                    shortCells += text.length() <= SHORT ? 1 : 0;
                }
            }
            value[c] = cells > 0 && shortCells * 10 >= cells * 6;
        }
        return value;
    }

    /**
     * Column widths in points.
     *
     * @param natural each column's widest cell set on one line (padding included)
     * @param least each column's longest word (padding included)
     * @param label the widest a text column may be; {@code Float.MAX_VALUE} for no limit
     * @param stretch widen the widest text column until the table fills {@code available}
     */
    static float[] widths(
            boolean[] value,
            float[] natural,
            float[] least,
            float available,
            float valueWidth,
            float label,
            boolean stretch) {
        int n = value.length;
        float[] w = new float[n];
        float[] nat = new float[n];
        float[] min = new float[n];
        float left = available;
        int widest = -1;
        for (int c = 0; c < n; c++) {
            if (value[c]) {
                w[c] = Math.max(valueWidth, least[c]);
                left -= w[c];
            } else {
                nat[c] = Math.max(least[c], Math.min(natural[c], label));
                min[c] = least[c];
                if (widest < 0 || nat[c] > nat[widest]) {
                    widest = c;
                }
            }
        }
        float sumNat = 0;
        float sumMin = 0;
        for (int c = 0; c < n; c++) {
            if (!value[c]) {
                sumNat += nat[c];
                sumMin += min[c];
            }
        }
        for (int c = 0; c < n; c++) {
            if (value[c]) {
                continue;
            }
            if (sumNat <= left) {
                w[c] = nat[c];
            } else if (sumMin < left) {
                w[c] = min[c] + (left - sumMin) * (nat[c] - min[c]) / (sumNat - sumMin);
            } else {
                w[c] = left * min[c] / sumMin;
            }
        }
        if (stretch && widest >= 0 && sumNat < left) {
            w[widest] += left - sumNat;
        }
        return w;
    }

    /**
     * HTML column widths in percent of the text width: value columns share 30% (10% each when more than three),
     * text columns the rest by their longest cell; no column narrower than its longest word (Writer would break
     * the word inside). The widest text column takes what is over or short of 100%.
     */
    static int[] percents(Table table) {
        boolean[] value = valueColumns(table);
        int n = table.columns();
        int[] longest = new int[n];
        int[] least = new int[n];
        for (Row row : table.rows()) {
            for (int c = 0; c < n; c++) {
                String text = row.text(c);
                longest[c] = Math.max(longest[c], Math.min(400, text.length()));
                for (String word : text.split("\\s+")) {
                    // about 1.3% of an A4 text width per character of 9 pt bold, plus the cell padding
                    least[c] = Math.max(least[c], (int) Math.ceil(word.length() * 1.3 + 2));
                }
            }
        }
        int values = 0;
        for (boolean v : value) {
            values += v ? 1 : 0;
        }
        int each = values == 0 ? 0 : values > 3 ? 10 : 30 / values;
        int textTotal = 0;
        int widest = 0;
        for (int c = 0; c < n; c++) {
            if (!value[c]) {
                textTotal += Math.max(8, longest[c]);
                widest = longest[c] > longest[widest] || value[widest] ? c : widest;
            }
        }
        int[] pct = new int[n];
        int left = 100 - each * values;
        int sum = 0;
        for (int c = 0; c < n; c++) {
            int share = value[c] ? each : left * Math.max(8, longest[c]) / Math.max(1, textTotal);
            pct[c] = Math.max(share, least[c]);
            sum += pct[c];
        }
        pct[widest] += 100 - sum;
        return pct;
    }
}
