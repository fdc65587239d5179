package org.probation.analytics.importing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.probation.analytics.KaribuSecurity;
import org.probation.analytics.KaribuTest;
import org.probation.analytics.importing.ImportService;
import org.probation.analytics.inspection.InspectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Browserless tests of the import view on the seed datasets (the report parser needs the real
 * frameworks), in their own in-memory DuckDB and a temporary imports folder emptied after each test,
 * signed in as admin through {@link KaribuSecurity}; the steps an analyst takes, by component id.
 */
@SpringBootTest(
        properties = {"spring.datasource.url=jdbc:duckdb:memory:import-karibu", "inspections.datasets-dir=datasets"})
abstract class ImportKaribuTest extends KaribuTest {

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
    static void openAsAdmin() {
        KaribuSecurity.signIn("admin", "ADMIN");
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("import");
        _assertOne(ImportView.class);
    }

    static void paste(String text) {
        _get(TextArea.class, spec -> spec.withId("report-text")).setValue(text);
    }

    static void upload(String fileName, String content) {
        UploadKt._upload(
                _get(Upload.class, spec -> spec.withId("import-upload")),
                fileName,
                content.getBytes(StandardCharsets.UTF_8));
    }

    static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    static Button commitButton() {
        return _get(Button.class, spec -> spec.withId("commit-button"));
    }

    static Grid<?> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    static String summary() {
        return _get(Paragraph.class, spec -> spec.withId("import-summary")).getText();
    }

    static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", ""))
                .toList();
    }

    /** Previews not yet committed or cancelled: the service keeps each in a folder beside the imports folder. */
    List<Path> pendingPreviews() throws IOException {
        Path staging = importsDir.toAbsolutePath().resolveSibling(importsDir.getFileName() + "-staging");
        if (!Files.isDirectory(staging)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(staging)) {
            return entries.toList();
        }
    }
}
