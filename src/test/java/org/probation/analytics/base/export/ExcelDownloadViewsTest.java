package org.probation.analytics.base.export;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.probation.analytics.base.DataVersion;
import org.probation.analytics.base.ui.CsvDownload;
import org.probation.analytics.base.ui.ExcelDownload;
import org.probation.analytics.base.ui.TableDownload;
import org.probation.analytics.comparison.ui.SeedKaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Every "Download CSV" of the views has a "Download Excel" beside it, holding the same cells. */
class ExcelDownloadViewsTest extends SeedKaribuTest {

    @Autowired
    DataVersion version;

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "",
                "inspections/somerset-2023",
                "overview",
                "funnel",
                "changes?alpha=0.1",
                "subsamples?inspection=swansea-neath-port-talbot-2022&a=community&b=licence",
                "compare?mode=inspections&before=nps-south-west-2021&after=somerset-2023",
                "calculator?x1=11&n1=20&x2=29&n2=40"
            })
    @SuppressWarnings({"rawtypes", "unchecked"})
    void every_csv_download_has_an_excel_download_beside_it_with_the_same_cells(String location) throws Exception {
        String[] parts = location.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], QueryParameters.fromString(parts.length > 1 ? parts[1] : ""));

        List<CsvDownload> csvs = _find(CsvDownload.class);
        assertThat(csvs).as("CSV downloads on " + location).isNotEmpty();
        assertThat(_find(ExcelDownload.class)).hasSameSizeAs(csvs);
        for (CsvDownload csv : csvs) {
            TableDownload<?> pair = (TableDownload<?>) csv.getParent().orElseThrow();
            ExcelDownload<?> excel = pair.excel();
            assertThat(excel.getParent()).contains(pair);
            assertThat(excel.getText()).contains("Excel");
            assertThat(excel.getText().replace("Excel", "CSV")).isEqualTo(csv.getText());

            List<List<String>> rows = Sheets.csv(new String(DownloadKt._download(csv), StandardCharsets.UTF_8));
            try (XSSFWorkbook book = Sheets.open(DownloadKt._download(excel))) {
                Sheets.assertSameAsCsv(book.getSheetAt(0), rows);
                Map<String, String> about = Sheets.about(book);
                assertThat(about.get("Data version")).startsWith(version.current() + " ");
                // the view's address in the state shown: its path and every parameter it was opened with
                String permalink = about.get("Permalink");
                assertThat(permalink).contains("/" + parts[0]);
                if (parts.length > 1) {
                    assertThat(permalink).contains(parts[1].split("&"));
                }
            }
        }
    }
}
