package org.probation.analytics.base.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probation.analytics.base.DataVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ?format=xlsx} on every endpoint that takes {@code ?format=csv}: the CSV's cells as a workbook. */
@SpringBootTest(
        properties = {"spring.datasource.url=jdbc:duckdb:memory:excel-api", "inspections.datasets-dir=datasets"})
@AutoConfigureMockMvc
class ExcelApiTest {

    /** Each endpoint's pattern and a request on the seed data that answers rows. */
    static List<String[]> endpoints() {
        return List.of(
                new String[] {"/api/inspections", "/api/inspections"},
                new String[] {"/api/providers", "/api/providers"},
                new String[] {"/api/inspections/{id}/results", "/api/inspections/somerset-2023/results"},
                new String[] {"/api/inspections/{id}/ratings", "/api/inspections/somerset-2023/ratings"},
                new String[] {"/api/data-quality", "/api/data-quality?limit=50"},
                new String[] {
                    "/api/compare/subsamples",
                    "/api/compare/subsamples?inspection=swansea-neath-port-talbot-2022&a=community&b=licence"
                },
                new String[] {
                    "/api/compare/benchmark", "/api/compare/benchmark?inspection=somerset-2023&against=national"
                },
                new String[] {"/api/compare/regions", "/api/compare/regions?framework=pdu-2021&a=south-west&b=wales"},
                new String[] {
                    "/api/compare/inspections",
                    "/api/compare/inspections?before=nps-south-west-2021&after=somerset-2023"
                },
                new String[] {
                    "/api/compare/peers", "/api/compare/peers?a=somerset-2023&b=swansea-neath-port-talbot-2022"
                },
                new String[] {"/api/changes", "/api/changes?alpha=0.1"});
    }

    /** Columns whose numbers are percents as printed (0–100) or percentage points, by their meaning. */
    static final Map<String, String> FORMATS = Map.of(
            "pctA", Unit.Kind.PERCENT.excelFormat(),
            "ciLowB", Unit.Kind.PERCENT.excelFormat(),
            "diff", Unit.Kind.POINTS.excelFormat(),
            "ciHigh", Unit.Kind.POINTS.excelFormat(),
            "percent", Unit.Kind.PERCENT.excelFormat(),
            "drivingPercent", Unit.Kind.PERCENT.excelFormat(),
            "edgeDistancePoints", Unit.Kind.POINTS.excelFormat(),
            "xA", "General",
            "p", "General",
            "score", "General");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    DataVersion version;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void every_endpoint_that_takes_a_format_is_checked_here() {
        Set<String> withFormat = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (MethodParameter parameter : method.getMethodParameters()) {
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                if (param != null
                        && "format".equals(param.value().isEmpty() ? parameter.getParameterName() : param.value())) {
                    withFormat.addAll(info.getPatternValues());
                }
            }
        });
        assertThat(withFormat)
                .containsExactlyInAnyOrderElementsOf(
                        endpoints().stream().map(e -> e[0]).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void the_workbook_holds_the_csv_numbers_as_numbers_percents_formatted_and_says_where_it_comes_from(
            String pattern, String url) throws Exception {
        String sep = url.contains("?") ? "&" : "?";
        String csv = mvc.perform(get(url + sep + "format=csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode json = JSON.readTree(
                mvc.perform(get(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        var response = mvc.perform(get(url + sep + "format=xlsx"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).isEqualTo(Workbook.MEDIA_TYPE);
        assertThat(response.getHeader("Content-Disposition")).endsWith(".xlsx\"");

        try (XSSFWorkbook book = Sheets.open(response.getContentAsByteArray())) {
            XSSFSheet data = book.getSheetAt(0);
            List<List<String>> rows = Sheets.csv(csv);
            assertThat(rows.size()).as("rows to compare").isGreaterThan(1);
            Sheets.assertSameAsCsv(data, rows);

            // a frozen, bold header row
            assertThat(data.getPaneInformation().isFreezePane()).isTrue();
            assertThat(data.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            Row header = data.getRow(0);
            for (Cell cell : header) {
                assertThat(book.getFontAt(cell.getCellStyle().getFontIndex()).getBold())
                        .isTrue();
            }
            List<String> names = rows.getFirst();
            for (int r = 1; r < rows.size(); r++) {
                JsonNode values = json.get(r - 1);
                for (int c = 0; c < names.size(); c++) {
                    Cell cell = data.getRow(r).getCell(c);
                    JsonNode value = values.get(names.get(c));
                    if (value != null && value.isNumber()) {
                        assertThat(cell.getCellType())
                                .as("%s row %d", names.get(c), r)
                                .isEqualTo(CellType.NUMERIC);
                        String format = FORMATS.get(names.get(c));
                        if (format != null) {
                            assertThat(cell.getCellStyle().getDataFormatString())
                                    .as("format of %s", names.get(c))
                                    .isEqualTo(format);
                        }
                    }
                }
            }

            Map<String, String> about = Sheets.about(book);
            assertThat(about.get("Data version")).startsWith(version.current() + " ");
            assertThat(about.get("Permalink"))
                    .startsWith("http://localhost/")
                    .endsWith(url.substring(1) + sep + "format=xlsx");
            assertThat(about.get("Source")).contains("HM Inspectorate of Probation");
            assertThat(about.get("Generated")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC");
        }
    }

    @Test
    void a_percent_keeps_its_value_and_reads_as_a_percent() throws Exception {
        byte[] xlsx = mvc.perform(
                        get("/api/compare/inspections?before=nps-south-west-2021&after=somerset-2023&format=xlsx"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = Sheets.open(xlsx)) {
            XSSFSheet data = book.getSheetAt(0);
            int pctA = columnOf(data, "pctA");
            Cell cell = data.getRow(1).getCell(pctA);
            // 43 stays 43 (not 0.43): shown "43.0%" by a literal percent sign, not Excel's ×100 percent
            assertThat(cell.getNumericCellValue()).isBetween(0.0, 100.0);
            assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell))
                    .isEqualTo(String.format(java.util.Locale.ROOT, "%.1f%%", cell.getNumericCellValue()));
        }
    }

    @Test
    void an_unknown_format_is_a_400_naming_the_formats() throws Exception {
        mvc.perform(get("/api/compare/peers?a=somerset-2023&b=swansea-neath-port-talbot-2022&format=xls"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("format must be json, csv or xlsx, not 'xls'"));
        mvc.perform(get("/api/inspections?format=XLSX")).andExpect(status().isBadRequest());
    }

    private static int columnOf(XSSFSheet sheet, String name) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(name)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }
}
