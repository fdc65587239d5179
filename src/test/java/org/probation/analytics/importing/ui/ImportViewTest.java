package org.probation.analytics.importing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.probation.analytics.KaribuSecurity;
import org.probation.analytics.KaribuTest;
import org.probation.analytics.base.security.LoginView;
import org.probation.analytics.importing.ImportService;
import org.probation.analytics.inspection.Inspection;
import org.probation.analytics.inspection.InspectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The import view without a browser, on the seed datasets (the report parser needs the real
 * frameworks) in its own in-memory DuckDB and a temporary imports folder, signed in as admin.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:duckdb:memory:import-karibu",
        "inspections.datasets-dir=datasets"})
class ImportViewTest extends KaribuTest {

    static final String DEVON = "devon-and-torbay-2023";

    @DynamicPropertySource
    static void importsFolder(DynamicPropertyRegistry registry) throws IOException {
        Path imports = Files.createTempDirectory("import-view").resolve("imports");
        registry.add("inspections.imports-dir", imports::toString);
    }

    @Autowired
    ImportService imports;

    @Autowired
    InspectionService inspections;

    @Value("${inspections.imports-dir}")
    Path importsDir;

    @BeforeAll
    static void installSecurity() {
        KaribuSecurity.install();
    }

    @AfterAll
    static void uninstallSecurity() {
        KaribuSecurity.uninstall();
    }

    @AfterEach
    void removeImports() {
        KaribuSecurity.signOut();
        imports.imported().forEach(i -> imports.delete(i.id()));
    }

    /** Signs in and reloads, as the login form does, so the app shell is built for the admin. */
    private static void openAsAdmin() {
        KaribuSecurity.signIn("admin", "ADMIN");
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("import");
        _assertOne(ImportView.class);
    }

    private static void paste(String text) {
        _get(TextArea.class, spec -> spec.withId("report-text")).setValue(text);
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    private static Button commitButton() {
        return _get(Button.class, spec -> spec.withId("commit-button"));
    }

    private static Grid<?> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static String summary() {
        return _get(Paragraph.class, spec -> spec.withId("import-summary")).getText();
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text", "")).toList();
    }

    private static Stream<String> inspectionIds(InspectionService service) {
        return service.inspections().stream().map(Inspection::id);
    }

    private static void upload(String fileName, String content) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), fileName,
                content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_pasted_report_is_previewed_without_writing_then_committed_and_listed_among_the_inspections() {
        openAsAdmin();
        int before = inspections.inspections().size();

        paste(SeedReport.devonAndTorbay());
        click("preview-button");

        assertThat(summary()).startsWith(SeedReport.TABLE_RESULTS + " result rows and ").contains("would be loaded for " + DEVON);
        _assertNone(Grid.class, spec -> spec.withId("import-errors"));
        Grid<?> rows = grid("import-results");
        assertThat(GridKt._size(rows)).isEqualTo(SeedReport.TABLE_RESULTS);
        // the first row, as its datasets/ twin: 2.1.1, all cases, 43%, count unknown, printed at line 352
        assertThat(GridKt._getFormattedRow(rows, 0)).containsExactly("2.1.1",
                "Is the pre-sentence information and advice provided to court sufficiently analytical and personalised "
                        + "to the individual, supporting the court's decision-making?",
                "all", "43%", "n unknown", "unknown", "pasted-report.txt line 352");
        assertThat(_get(DescriptionList.class, spec -> spec.withId("import-inspection")).getElement().getTextRecursively())
                .contains(DEVON, "Devon and Torbay", "Requires improvement", "8/27");
        assertThat(commitButton().isEnabled()).isTrue();
        assertThat(commitButton().getText()).isEqualTo("Commit " + DEVON);
        assertThat(inspections.inspection(DEVON)).isEmpty();
        assertThat(inspections.inspections()).hasSize(before);

        click("commit-button");

        assertThat(inspections.inspection(DEVON)).isPresent();
        assertThat(inspections.results(DEVON).orElseThrow()).hasSize(SeedReport.TABLE_RESULTS);
        assertThat(inspections.inspections()).hasSize(before + 1);
        assertThat(notifications()).anyMatch(n -> n.startsWith("Imported " + DEVON + ": " + SeedReport.TABLE_RESULTS + " result rows"));
        assertThat(_get(RouterLink.class, spec -> spec.withId("committed-link")).getHref()).isEqualTo("inspections/" + DEVON);
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
        assertThat(inspections.results(DEVON).orElseThrow()).as("nothing replaced before confirming").hasSize(1);
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(inspections.results(DEVON).orElseThrow()).hasSize(SeedReport.TABLE_RESULTS);
        assertThat(inspectionIds(inspections).filter(DEVON::equals)).hasSize(1);
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
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "report.txt",
                new byte[] {'S', 'o', 'm', 'e', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'});
        click("preview-button");

        assertThat(GridKt._getFormattedRow(grid("import-errors"), 0))
                .containsExactly("report.txt", "", "the upload is not UTF-8 text (byte 8, line 2)");
        assertThat(commitButton().isEnabled()).isFalse();
    }

    @Test
    void leaving_the_view_or_cancelling_discards_the_uncommitted_preview() throws IOException {
        openAsAdmin();
        paste(SeedReport.devonAndTorbay());
        click("preview-button");
        assertThat(pendingPreviews()).hasSize(1);

        click("cancel-button");
        assertThat(pendingPreviews()).isEmpty();
        assertThat(_get(TextArea.class, spec -> spec.withId("report-text")).getValue()).isEmpty();

        paste(SeedReport.devonAndTorbay());
        click("preview-button");
        assertThat(pendingPreviews()).hasSize(1);
        UI.getCurrent().navigate("");
        assertThat(pendingPreviews()).isEmpty();
        assertThat(inspections.inspection(DEVON)).isEmpty();
    }

    @Test
    void an_imported_inspection_is_deleted_only_after_confirmation() {
        openAsAdmin();
        upload("inspection.csv", SeedReport.inspectionCsv(DEVON));
        upload("results.csv", SeedReport.resultsCsv(DEVON, "40"));
        click("preview-button");
        click("commit-button");
        Grid<?> imported = grid("imported-grid");
        assertThat(((RouterLink) GridKt._getCellComponent(imported, 0, "id")).getText()).isEqualTo(DEVON);
        assertThat(GridKt._getFormattedRow(imported, 0).get(1)).isEqualTo("Devon and Torbay");

        _click((Button) GridKt._getCellComponent(imported, 0, "delete"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Delete " + DEVON + "?");
        assertThat(inspections.inspection(DEVON)).as("nothing deleted before confirming").isPresent();
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(inspections.inspection(DEVON)).isEmpty();
        assertThat(imported.isVisible()).isFalse();
        assertThat(notifications()).contains("Deleted " + DEVON + ".");
    }

    @Test
    void an_anonymous_user_gets_the_login_view_and_no_import_menu_entry() {
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Inspections").doesNotContain("Import");

        UI.getCurrent().navigate("import");

        _assertNone(ImportView.class);
        _assertOne(LoginView.class);
    }

    @Test
    void the_admin_sees_the_import_menu_entry() {
        openAsAdmin();
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Import");
    }

    private List<Path> pendingPreviews() throws IOException {
        Path staging = importsDir.toAbsolutePath().resolveSibling(importsDir.getFileName() + "-staging");
        if (!Files.isDirectory(staging)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(staging)) {
            return entries.toList();
        }
    }
}
