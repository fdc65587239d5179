package org.probation.analytics.base.export;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** A workbook's last sheet, "About": where the figures come from, the data version, the permalink, the units. */
final class AboutSheet {

    static final String NAME = "About";

    private AboutSheet() {}

    static void write(SXSSFWorkbook book, CellStyle bold, List<Workbook.Table<?>> tables, About about) {
        Sheet sheet = book.createSheet(NAME);
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 110 * 256);
        int r = 0;
        for (Map.Entry<String, String> fact : about.facts().entrySet()) {
            r = line(sheet, r, bold, fact.getKey(), fact.getValue());
        }
        r++;
        for (Workbook.Table<?> table : tables) {
            r = line(
                    sheet,
                    r,
                    bold,
                    "Sheet " + table.name(),
                    table.rows().size() + " row(s); the columns of its CSV, in order");
            for (TableColumns.Column column : TableColumns.of(table.type()).columns()) {
                if (column.unit() != null) {
                    r = line(sheet, r, null, column.name(), column.unit().meaning());
                }
            }
        }
    }

    private static int line(Sheet sheet, int r, CellStyle labelStyle, String label, String text) {
        Row row = sheet.createRow(r);
        Cell name = row.createCell(0);
        name.setCellValue(label);
        if (labelStyle != null) {
            name.setCellStyle(labelStyle);
        }
        row.createCell(1).setCellValue(text);
        return r + 1;
    }
}
