package org.probation.analytics.base.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import tools.jackson.databind.JsonNode;

/**
 * Tables as an Excel workbook (.xlsx): a sheet per table with the CSV's columns in the CSV's order,
 * a bold header row frozen in view, numbers as numeric cells (percents, points and shares formatted
 * by their {@link Unit}, values unchanged), and a last sheet "About" saying where the figures come
 * from, the data version, the permalink and when it was made. Rows are streamed (POI's SXSSF keeps
 * {@value #ROWS_IN_MEMORY} in memory), so a national table of tens of thousands of rows stays small.
 */
public final class Workbook {

    /** One table: its sheet's name, its rows and their record type (which gives the columns). */
    public record Table<T>(String name, List<T> rows, Class<T> type) {}

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int ROWS_IN_MEMORY = 200;
    /** The most characters a spreadsheet cell holds. */
    private static final int MAX_TEXT = 32_767;

    private Workbook() {}

    public static <T> byte[] of(List<T> rows, Class<T> type, About about) {
        return of(List.of(new Table<>("Data", rows, type)), about);
    }

    public static byte[] of(List<Table<?>> tables, About about) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(tables, about, out);
        return out.toByteArray();
    }

    public static void write(List<Table<?>> tables, About about, OutputStream out) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            book.setCompressTempFiles(true);
            Styles styles = new Styles(book);
            for (Table<?> table : tables) {
                writeTable(book, styles, table);
            }
            AboutSheet.write(book, styles.header, tables, about);
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the workbook", e);
        }
    }

    private static void writeTable(SXSSFWorkbook book, Styles styles, Table<?> table) {
        TableColumns columns = TableColumns.of(table.type());
        List<TableColumns.Column> list = columns.columns();
        SXSSFSheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
        Row header = sheet.createRow(0);
        for (int i = 0; i < list.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(list.get(i).name());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, Math.clamp(list.get(i).name().length() + 4L, 10, 40) * 256);
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (Object row : table.rows()) {
            JsonNode values = TableColumns.values(row);
            Row line = sheet.createRow(r++);
            for (int i = 0; i < list.size(); i++) {
                cell(
                        line,
                        i,
                        values.get(list.get(i).name()),
                        styles.of(list.get(i).unit()));
            }
        }
        if (!list.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, list.size() - 1));
        }
    }

    private static void cell(Row line, int column, JsonNode value, CellStyle numberStyle) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return;
        }
        Cell cell = line.createCell(column);
        if (value.isNumber()) {
            cell.setCellValue(value.doubleValue());
            if (numberStyle != null) {
                cell.setCellStyle(numberStyle);
            }
        } else if (value.isBoolean()) {
            cell.setCellValue(value.booleanValue());
        } else {
            String text = value.isValueNode() ? value.asString() : value.toString();
            cell.setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        }
    }

    /** The header's bold and one number style per unit, made once per workbook (a workbook holds few styles). */
    static final class Styles {
        final CellStyle header;
        private final Map<Unit.Kind, CellStyle> units = new EnumMap<>(Unit.Kind.class);

        Styles(SXSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            for (Unit.Kind kind : Unit.Kind.values()) {
                CellStyle style = book.createCellStyle();
                style.setDataFormat(book.createDataFormat().getFormat(kind.excelFormat()));
                units.put(kind, style);
            }
        }

        CellStyle of(Unit.Kind unit) {
            return unit == null ? null : units.get(unit);
        }
    }
}
