package org.probation.analytics.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.probation.analytics.base.Csv;

/** Reads workbooks back with POI and CSV text by RFC 4180, to check that a workbook holds exactly its CSV. */
public final class Sheets {

    private Sheets() {}

    public static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSV text as rows of cells: quoted cells may hold commas, doubled quotes and line breaks. */
    public static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** Asserts that every row and cell of {@code sheet} is the CSV's: the same header, and each value as the CSV writes it. */
    public static void assertSameAsCsv(Sheet sheet, List<List<String>> csv) {
        assertThat(sheet.getLastRowNum() + 1)
                .as("rows of sheet " + sheet.getSheetName())
                .isEqualTo(csv.size());
        for (int r = 0; r < csv.size(); r++) {
            Row row = sheet.getRow(r);
            List<String> expected = csv.get(r);
            for (int c = 0; c < expected.size(); c++) {
                assertThat(text(row.getCell(c), expected.get(c)))
                        .as("row %d column %s", r, csv.getFirst().get(c))
                        .isEqualTo(expected.get(c));
            }
            assertThat(row.getLastCellNum()).as("cells of row " + r).isLessThanOrEqualTo((short) expected.size());
        }
    }

    /** A cell as the CSV would write it: a number equal to the CSV's is taken as its text, text made spreadsheet-safe. */
    static String text(Cell cell, String csv) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        return switch (cell.getCellType()) {
            case NUMERIC ->
                org.probation.analytics.base.Numbers.isDecimal(csv)
                                && Double.parseDouble(csv) == cell.getNumericCellValue()
                        ? csv
                        : String.valueOf(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case STRING -> Csv.safe(cell.getStringCellValue());
            default -> "unexpected " + cell.getCellType();
        };
    }

    /** The About sheet as label → text. */
    public static java.util.Map<String, String> about(XSSFWorkbook book) {
        Sheet about = book.getSheet("About");
        assertThat(about).as("an About sheet").isNotNull();
        java.util.Map<String, String> facts = new java.util.LinkedHashMap<>();
        for (Row row : about) {
            if (row.getCell(0) != null && row.getCell(1) != null) {
                facts.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
            }
        }
        return facts;
    }
}
