package org.probation.analytics.base.export;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.probation.analytics.base.DataVersion;
import org.probation.analytics.base.Methodology;
import org.probation.analytics.base.ui.CsvDownload;
import org.probation.analytics.base.ui.PackDownload;
import org.probation.analytics.comparison.ui.SeedKaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The analysis pack of the Compare, Sub-samples and Changes views, made as the view would (the PNGs need a browser). */
class AnalysisPackViewsTest extends SeedKaribuTest {

    @Autowired
    DataVersion version;

    @Test
    void the_compare_pack_holds_the_csv_the_workbook_the_working_with_r_the_methodology_and_a_readme()
            throws Exception {
        open("compare", "mode=inspections&before=nps-south-west-2021&after=somerset-2023");
        Map<String, byte[]> zip = unzip(pack().zip(Map.of()));
        String name = "compare-inspections-nps-south-west-2021-to-somerset-2023-alpha-0.1";

        assertThat(zip.keySet())
                .containsExactly(
                        AnalysisPack.README,
                        name + ".xlsx",
                        name + ".csv",
                        "working.md",
                        "analysis.R",
                        AnalysisPack.METHODOLOGY);
        byte[] csv = DownloadKt._download(_get(CsvDownload.class));
        assertThat(zip.get(name + ".csv")).as("the CSV download, byte for byte").isEqualTo(csv);
        assertWorkbook(zip.get(name + ".xlsx"), List.of(csv), "/compare?");
        assertWorking(zip);
        assertReadme(zip, name, "/compare?mode=inspections&before=nps-south-west-2021&after=somerset-2023");
        assertThat(text(zip, AnalysisPack.README)).contains("charts/" + name + ".png): the chart");

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        Map<String, byte[]> withChart = unzip(pack().zip(Map.of(name, png)));
        assertThat(withChart.get("charts/" + name + ".png")).isEqualTo(png);
        assertThat(text(withChart, AnalysisPack.README)).contains("- `charts/" + name + ".png`");
    }

    @Test
    void the_subsamples_pack_holds_both_csv_files_as_downloaded() throws Exception {
        open("subsamples", "inspection=swansea-neath-port-talbot-2022&a=community&b=licence");
        Map<String, byte[]> zip = unzip(pack().zip(Map.of()));

        @SuppressWarnings("rawtypes")
        List<CsvDownload> downloads = _find(CsvDownload.class);
        List<byte[]> csvs = downloads.stream().map(DownloadKt::_download).toList();
        String state = "swansea-neath-port-talbot-2022-community-vs-licence-key-question";
        assertThat(zip.get("subsample-figures-" + state + ".csv")).isEqualTo(csvs.get(0));
        assertThat(zip.get("subsample-contrast-" + state + ".csv")).isEqualTo(csvs.get(1));
        assertThat(zip).containsKey("subsamples-" + state + ".xlsx");
        assertWorkbook(zip.get("subsamples-" + state + ".xlsx"), csvs, "/subsamples?");
        assertWorking(zip);
        assertReadme(zip, "subsamples-" + state, "inspection=swansea-neath-port-talbot-2022");
    }

    @Test
    void the_changes_pack_holds_the_changes_csv_and_each_change_s_working() throws Exception {
        open("changes", "alpha=0.2");
        Map<String, byte[]> zip = unzip(pack().zip(Map.of()));

        assertThat(zip.get("significant-changes-alpha-0.2.csv"))
                .isEqualTo(DownloadKt._download(_get(CsvDownload.class)));
        assertWorkbook(
                zip.get("changes-alpha-0.2.xlsx"), List.of(zip.get("significant-changes-alpha-0.2.csv")), "/changes?");
        assertWorking(zip);
        assertReadme(zip, "changes-alpha-0.2", "/changes?alpha=0.2");
        // a change is titled by its pair of inspections
        assertThat(text(zip, "working.md")).contains(" → ");
    }

    @Test
    void a_comparison_that_shows_nothing_is_refused_in_words_and_nothing_is_downloaded() {
        // Swansea is the only inspected provider of its region: the pool is empty
        open("compare", "mode=benchmark&inspection=swansea-neath-port-talbot-2022&against=region");

        _click(_get(Button.class, spec -> spec.withText("Download analysis pack")));

        assertThat(pack().problem())
                .startsWith("Cannot make the analysis pack: this comparison shows no figures (")
                .contains("nothing to compare with");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("pack-link")).getHref())
                .isEmpty();
        assertThatThrownBy(() -> pack().zip(Map.of())).isInstanceOf(AnalysisPack.Refused.class);
    }

    @Test
    void an_invalid_alpha_is_refused_and_a_valid_one_packs_again() {
        open("changes", "alpha=0.1");
        NumberField alpha = _get(NumberField.class);

        alpha.setValue(5.0);
        _click(_get(Button.class, spec -> spec.withText("Download analysis pack")));
        assertThat(pack().problem()).contains("α must be a number strictly between 0 and 1");

        alpha.setValue(0.1);
        _click(_get(Button.class, spec -> spec.withText("Download analysis pack")));
        // accepted: the pack now waits for the browser to send the chart's picture (the browser test goes on from here)
        assertThat(pack().problem()).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withText("Download analysis pack"))
                        .isEnabled())
                .isFalse();
    }

    @Test
    void a_pack_name_that_is_no_plain_file_name_is_refused() {
        About about = new About("t", "s", 1, "http://localhost/", null);
        assertThatThrownBy(() -> new AnalysisPack("../../etc/passwd", about)).isInstanceOf(AnalysisPack.Refused.class);
        assertThatThrownBy(() -> new AnalysisPack("", about)).isInstanceOf(AnalysisPack.Refused.class);
        assertThatThrownBy(() -> new AnalysisPack("compare", about).zip())
                .isInstanceOf(AnalysisPack.Refused.class)
                .hasMessageContaining("nothing to pack");
    }

    @Test
    void the_methodology_page_and_the_pack_share_one_text() {
        UI.getCurrent().navigate("methodology");
        assertThat(_find(H3.class).stream().map(H3::getText).toList())
                .containsExactlyElementsOf(Methodology.SECTIONS.stream()
                        .map(Methodology.Section::title)
                        .toList());
    }

    private void assertWorkbook(byte[] xlsx, List<byte[]> csvs, String permalink) throws IOException {
        try (XSSFWorkbook book = Sheets.open(xlsx)) {
            for (int i = 0; i < csvs.size(); i++) {
                Sheets.assertSameAsCsv(book.getSheetAt(i), Sheets.csv(new String(csvs.get(i), StandardCharsets.UTF_8)));
            }
            assertThat(book.getSheetName(csvs.size())).isEqualTo("About");
            assertThat(Sheets.about(book).get("Permalink")).contains(permalink);
        }
    }

    private static void assertWorking(Map<String, byte[]> zip) {
        String working = text(zip, "working.md");
        assertThat(working).contains("```r\n").contains("prop.test(").contains("Test: ");
        assertThat(text(zip, "analysis.R")).contains("prop.test(").doesNotContain("```");
        assertThat(text(zip, AnalysisPack.METHODOLOGY)).isEqualTo(Methodology.text());
    }

    private void assertReadme(Map<String, byte[]> zip, String name, String permalink) {
        String readme = text(zip, AnalysisPack.README);
        assertThat(readme).startsWith("# Analysis pack: " + name + "\n");
        assertThat(readme).contains("**Permalink**: http").contains(permalink);
        assertThat(readme).contains("**Data version**: " + version.current() + " ");
        for (String entry : zip.keySet()) {
            assertThat(readme).as("the README lists " + entry).contains("`" + entry + "`");
        }
    }

    private static PackDownload pack() {
        return _get(PackDownload.class);
    }

    private static void open(String path, String query) {
        UI.getCurrent().navigate(path, QueryParameters.fromString(query));
    }

    private static String text(Map<String, byte[]> zip, String entry) {
        assertThat(zip).containsKey(entry);
        return new String(zip.get(entry), StandardCharsets.UTF_8);
    }

    /** The zip's entries in order, each read whole: a broken zip fails here. */
    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(entries).isNotEmpty();
        return entries;
    }
}
