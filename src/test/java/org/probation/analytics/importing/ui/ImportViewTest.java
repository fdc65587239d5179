package org.probation.analytics.importing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.probation.analytics.base.ui.CsvDownload;

/** Preview before anything is written, commit, replace after confirmation, and refusals with where and why. */
class ImportViewTest extends ImportKaribuTest {

    @Test
    void a_pasted_report_is_previewed_without_writing_then_committed_and_listed_among_the_inspections()
            throws Exception {
        openAsAdmin();
        int before = inspections.inspections().size();

        paste(SeedReport.devonAndTorbay());
        click("preview-button");

        assertThat(summary())
                .startsWith(SeedReport.TABLE_RESULTS + " result rows and ")
                .contains("would be loaded for " + DEVON);
        _assertNone(Grid.class, spec -> spec.withId("import-errors"));
        Grid<?> rows = grid("import-results");
        assertThat(GridKt._size(rows)).isEqualTo(SeedReport.TABLE_RESULTS);
        // the first row, as its datasets/ twin: 2.1.1, all cases, 43%, count unknown, printed at line 352
        assertThat(GridKt._getFormattedRow(rows, 0))
                .containsExactly(
                        "2.1.1",
                        "Is the pre-sentence information and advice provided to court sufficiently analytical and personalised "
                                + "to the individual, supporting the court's decision-making?",
                        "all",
                        "43%",
                        "n unknown",
                        "unknown",
                        "pasted-report.txt line 352");
        List<String> csv = new String(DownloadKt._download(_get(CsvDownload.class)), StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertThat(csv).hasSize(1 + SeedReport.TABLE_RESULTS);
        assertThat(csv.getFirst()).startsWith("standardCode,questionCode,level,question,");
        // the preview's Excel download beside it holds the same cells
        try (var book = org.probation.analytics.base.export.Sheets.open(
                DownloadKt._download(_get(org.probation.analytics.base.ui.ExcelDownload.class)))) {
            org.probation.analytics.base.export.Sheets.assertSameAsCsv(
                    book.getSheetAt(0),
                    org.probation.analytics.base.export.Sheets.csv(
                            new String(DownloadKt._download(_get(CsvDownload.class)), StandardCharsets.UTF_8)));
        }
        assertThat(_get(DescriptionList.class, spec -> spec.withId("import-inspection"))
                        .getElement()
                        .getTextRecursively())
                .contains(DEVON, "Devon and Torbay", "Requires improvement", "8/27");
        assertThat(commitButton().isEnabled()).isTrue();
        assertThat(commitButton().getText()).isEqualTo("Commit " + DEVON);
        assertThat(inspections.inspection(DEVON)).isEmpty();
        assertThat(inspections.inspections()).hasSize(before);

        click("commit-button");

        assertThat(inspections.inspection(DEVON)).isPresent();
        assertThat(inspections.results(DEVON).orElseThrow()).hasSize(SeedReport.TABLE_RESULTS);
        assertThat(inspections.inspections()).hasSize(before + 1);
        assertThat(notifications())
                .anyMatch(n -> n.startsWith("Imported " + DEVON + ": " + SeedReport.TABLE_RESULTS + " result rows"));
        assertThat(_get(RouterLink.class, spec -> spec.withId("committed-link")).getHref())
                .isEqualTo("inspections/" + DEVON);
        assertThat(GridKt._size(grid("imported-grid"))).isEqualTo(1);
        assertThat(commitButton().isEnabled()).isFalse();
    }

    @Test
    void importing_an_existing_import_again_says_so_and_replaces_it_after_confirmation() {
        openAsAdmin();
        // first a one-row CSV import of the same id, then the full report over it
        upload("inspection.csv", SeedReport.inspectionCsv(DEVON));
        upload("results.csv", SeedReport.resultsCsv(DEVON, "40"));
        click("preview-button");
        click("commit-button");
        assertThat(inspections.results(DEVON).orElseThrow()).hasSize(1);

        paste(SeedReport.devonAndTorbay());
        click("preview-button");

        assertThat(summary()).contains("An import of " + DEVON + " is already loaded: committing replaces it.");
        assertThat(commitButton().getText()).isEqualTo("Replace existing " + DEVON);
        click("commit-button");
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Replace " + DEVON + "?");
        assertThat(inspections.results(DEVON).orElseThrow())
                .as("nothing replaced before confirming")
                .hasSize(1);
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(inspections.results(DEVON).orElseThrow()).hasSize(SeedReport.TABLE_RESULTS);
        assertThat(inspections.inspections())
                .filteredOn(i -> i.id().equals(DEVON))
                .hasSize(1);
        assertThat(notifications()).anyMatch(n -> n.startsWith("Replaced " + DEVON));
    }

    @Test
    void a_bad_csv_lists_each_error_with_its_file_and_line_and_commits_nothing() {
        openAsAdmin();
        int inspectionsBefore = inspections.inspections().size();
        int flagsBefore = inspections.flags(null).size();

        upload("inspection.csv", SeedReport.inspectionCsv(DEVON));
        upload("results.csv", SeedReport.resultsCsv(DEVON, "120"));
        click("preview-button");

        Grid<?> errors = grid("import-errors");
        assertThat(errors.isVisible()).isTrue();
        assertThat(GridKt._size(errors)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(errors, 0))
                .containsExactly("results.csv", "2", "column percent: percent 120 is outside 0-100");
        assertThat(summary()).startsWith("1 error: nothing can be committed.");
        assertThat(commitButton().isEnabled()).isFalse();
        assertThat(inspections.inspections()).hasSize(inspectionsBefore);
        assertThat(inspections.flags(null)).hasSize(flagsBefore);
        assertThat(inspections.results(DEVON)).isEmpty();
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_with_its_name_and_the_bad_byte() {
        openAsAdmin();
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "report.txt", new byte[] {
            'S', 'o', 'm', 'e', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'
        });
        click("preview-button");

        assertThat(GridKt._getFormattedRow(grid("import-errors"), 0))
                .containsExactly("report.txt", "", "the upload is not UTF-8 text (byte 8, line 2)");
        assertThat(commitButton().isEnabled()).isFalse();
    }

    @Test
    void a_report_naming_no_known_provider_is_previewed_again_with_the_provider_chosen_then_committed() {
        openAsAdmin();
        paste(SeedReport.devonAndTorbay().replace("Devon and Torbay", "Atlantis"));
        click("preview-button");

        assertThat(commitButton().isEnabled()).isFalse();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<org.probation.analytics.importing.parse.KnownProvider> provider =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("provider-choice"));
        assertThat(provider.isVisible()).isTrue();
        assertThat(GridKt._getFormattedRow(grid("import-recognised"), 1))
                .startsWith("Provider", "not recognised", "pasted-report.txt line 3");

        provider.setValue(provider.getListDataView()
                .getItems()
                .filter(p -> p.id().equals("devon-and-torbay"))
                .findFirst()
                .orElseThrow());

        assertThat(commitButton().getText()).isEqualTo("Commit " + DEVON);
        assertThat(GridKt._getFormattedRow(grid("import-recognised"), 1))
                .startsWith("Provider", "Devon and Torbay (pdu, devon-and-torbay)", "", "", "chosen by the analyst");
        click("commit-button");
        assertThat(inspections.inspection(DEVON)).isPresent();
        assertThat(provider.isVisible()).isFalse();
    }

    @Test
    void a_pdf_is_read_by_its_content_and_its_problems_name_its_page_and_line() {
        openAsAdmin();
        UploadKt._upload(
                _get(Upload.class, spec -> spec.withId("import-upload")),
                "report.pdf",
                org.probation.analytics.importing.batch.BatchReports.pdf(
                        List.of("An inspection of probation services in:", "Devon and Torbay PDU", "Nothing else")));
        click("preview-button");

        assertThat(GridKt._getFormattedRow(grid("import-recognised"), 0))
                .startsWith(
                        "Title",
                        "An inspection of probation services in: Devon and Torbay PDU",
                        "report.pdf page 1 line 1");
        assertThat(GridKt._getFormattedRow(grid("import-errors"), 0)).first().isEqualTo("report.pdf");
        assertThat(commitButton().isEnabled()).isFalse();
    }
}
