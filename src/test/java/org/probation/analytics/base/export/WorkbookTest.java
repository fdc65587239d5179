package org.probation.analytics.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.probation.analytics.base.Csv;

/** The workbook writer on its own: units by meaning, unwrapped groups, empty cells, a large table streamed. */
class WorkbookTest {

    record Side(@Unit(Unit.Kind.PERCENT) Double pct, Integer n) {}

    record Row(
            String name,
            @JsonUnwrapped(suffix = "A") Side a,
            @Unit(Unit.Kind.POINTS) double diff,
            @Unit(Unit.Kind.SHARE) Double share,
            boolean flag,
            String formula) {}

    private static final About ABOUT =
            new About("test", "a test", 7, "http://localhost/x?y=1", Instant.parse("2026-01-02T03:04:05Z"));

    @Test
    void each_unit_is_shown_as_its_meaning_says_and_the_values_stay_as_they_are() throws Exception {
        List<Row> rows = List.of(
                new Row("one", new Side(43.0, 20), -12.5, 0.431, true, "=1+1"),
                new Row("two", new Side(null, null), 0, null, false, null));
        try (XSSFWorkbook book = Sheets.open(Workbook.of(rows, Row.class, ABOUT))) {
            XSSFSheet sheet = book.getSheet("Data");
            Sheets.assertSameAsCsv(sheet, Sheets.csv(Csv.of(rows, Row.class)));
            DataFormatter shown = new DataFormatter(java.util.Locale.UK);
            var first = sheet.getRow(1);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(43.0);
            assertThat(shown.formatCellValue(first.getCell(1))).isEqualTo("43.0%");
            assertThat(shown.formatCellValue(first.getCell(3))).isEqualTo("-12.5 pts");
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(0.431);
            assertThat(shown.formatCellValue(first.getCell(4))).isEqualTo("43.1%");
            assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.BOOLEAN);
            // text is never run as a formula in a workbook: kept as it is, as text
            assertThat(first.getCell(6).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("=1+1");
            assertThat(sheet.getRow(2).getCell(1)).isNull();
            assertThat(Sheets.about(book))
                    .containsEntry("Permalink", "http://localhost/x?y=1")
                    .containsEntry("Generated", "2026-01-02 03:04:05 UTC")
                    .containsEntry("pctA", Unit.Kind.PERCENT.meaning());
        }
    }

    @Test
    void a_national_sized_table_is_streamed_whole() throws Exception {
        int size = 60_000;
        List<Row> rows = IntStream.range(0, size)
                .mapToObj(i -> new Row("q" + i, new Side(i % 101 * 1.0, i), i / 7.0, null, i % 2 == 0, "text " + i))
                .toList();
        byte[] xlsx = Workbook.of(rows, Row.class, ABOUT);
        try (XSSFWorkbook book = Sheets.open(xlsx)) {
            XSSFSheet sheet = book.getSheet("Data");
            assertThat(sheet.getLastRowNum()).isEqualTo(size);
            assertThat(sheet.getRow(size).getCell(0).getStringCellValue()).isEqualTo("q" + (size - 1));
            assertThat(sheet.getRow(size).getCell(2).getNumericCellValue()).isEqualTo(size - 1.0);
        }
    }
}
