package org.probation.analytics.importing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.probation.analytics.importing.ImportException;
import org.probation.analytics.importing.ImportPreview;
import org.probation.analytics.importing.ImportService;
import org.probation.analytics.inspection.Inspection;
import org.probation.analytics.inspection.ui.InspectionView;

/** Imports an inspection (its CSV files or a report's text): preview everything it would load, then commit, replace or cancel. */
@Route("import")
@PageTitle("Import")
@Menu(title = "Import", order = 80)
@RolesAllowed("ADMIN")
public class ImportView extends VerticalLayout {

    private final ImportService service;
    private final ImportInput input = new ImportInput();
    private final Upload upload = new Upload();
    private final TextArea text = new TextArea("…or paste a report's text");
    private final Button commit = new Button("Commit", e -> commit());
    private final Button cancel = new Button("Cancel", e -> cancel());
    private final PreviewPanel panel = new PreviewPanel();
    private final Div committed = new Div();
    private final ImportedGrid imported = new ImportedGrid(this::confirmDelete);
    private final ProviderChoice provider;
    private final Paragraph noImports = new Paragraph("No inspection has been imported yet.");
    private ImportPreview preview;

    public ImportView(ImportService service) {
        this.service = service;
        setWidthFull();
        this.provider = new ProviderChoice(service.providers(), chosen -> preview());
        configureInputs();
        refreshImported();
        Button previewButton = new Button("Preview", e -> preview());
        previewButton.setId("preview-button");
        previewButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setId("commit-button");
        commit.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        cancel.setId("cancel-button");
        committed.setId("import-committed");
        showPreview(null);
        add(
                new H2("Import an inspection"),
                new Paragraph(
                        "Upload the inspection's CSV files (inspection.csv, results.csv, samples.csv, ratings.csv, … "
                                + "as in datasets/inspections/<id>/, or one bundle of them with a '# file: NAME' line before each), "
                                + "or a report's text or PDF. The preview shows everything a commit would load; nothing is written "
                                + "until you commit."),
                batchLink(),
                upload,
                text,
                provider,
                new HorizontalLayout(previewButton, commit, cancel),
                committed,
                panel,
                new H3("Imported inspections"),
                noImports,
                imported);
        // a preview left behind (another view, a closed tab) is discarded, not kept until the app stops
        addDetachListener(e -> discard());
    }

    private static RouterLink batchLink() {
        RouterLink link = new RouterLink(
                "Import many reports at once: PDFs, reports' texts, CSV bundles or a zip of them",
                BatchImportView.class);
        link.setId("batch-import-link");
        return link;
    }

    private void configureInputs() {
        upload.setId("import-upload");
        upload.setUploadHandler(UploadHandler.inMemory((file, bytes) -> {
            input.addUpload(file.fileName(), bytes);
            provider.clear(); // a provider chosen for another report is not this one's
        }));
        upload.setAcceptedFileTypes(".csv", ".txt", ".pdf");
        upload.setMaxFileSize((int) ImportService.MAX_BYTES);
        upload.addFileRemovedListener(e -> input.removeUpload(e.getFileName()));
        upload.addFileRejectedListener(
                e -> notify(e.getFileName() + ": " + e.getErrorMessage(), NotificationVariant.LUMO_ERROR));
        text.setId("report-text");
        text.addValueChangeListener(e -> provider.clear());
        text.setWidthFull();
        text.setMaxHeight("16em");
        text.setPlaceholder("The report's text, as copied from its PDF");
    }

    private void preview() {
        discard();
        committed.removeAll();
        try {
            showPreview(input.preview(service, text.getValue(), provider.chosenId()));
        } catch (ImportException e) {
            showPreview(ImportInput.refused(List.of(e.getMessage())));
        }
    }

    private void showPreview(ImportPreview shown) {
        preview = shown;
        if (shown == null) {
            panel.clear();
            provider.showFor(ImportInput.refused(List.of()), null);
        } else {
            panel.show(shown);
            provider.showFor(shown, provider.chosenId());
        }
        commit.setText(ImportMessages.commitLabel(shown));
        commit.setEnabled(shown != null && shown.committable());
        cancel.setEnabled(shown != null);
    }

    private void commit() {
        if (preview == null || !preview.committable()) {
            return; // a second click on a preview already committed
        }
        if (!preview.exists()) {
            commit(false);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(
                "Replace " + preview.inspectionId() + "?",
                ImportMessages.replaceQuestion(preview),
                "Replace",
                e -> commit(true));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void commit(boolean replace) {
        ImportPreview done = preview;
        try {
            String id = service.commit(done.token(), replace);
            clearInputs();
            showPreview(null);
            committed.removeAll();
            RouterLink link = new RouterLink("Open " + id, InspectionView.class, new RouteParameters("id", id));
            link.setId("committed-link");
            committed.add(new Paragraph(ImportMessages.committed(done)), link);
            refreshImported();
            notify(ImportMessages.committed(done), NotificationVariant.LUMO_SUCCESS);
        } catch (ImportException e) {
            // e.g. the same id was imported elsewhere since the preview: start again from a fresh preview
            service.cancel(done.token());
            showPreview(null);
            notify(
                    "Not imported: " + e.getMessage() + ". Preview it again to continue.",
                    NotificationVariant.LUMO_ERROR);
        } catch (RuntimeException e) {
            showPreview(null);
            notify("Nothing was imported: " + e.getMessage(), NotificationVariant.LUMO_ERROR);
        }
    }

    private void cancel() {
        discard();
        clearInputs();
        showPreview(null);
        notify("Preview discarded; nothing was written.", NotificationVariant.LUMO_CONTRAST);
    }

    private void discard() {
        if (preview != null) {
            service.cancel(preview.token());
            preview = null;
        }
    }

    private void clearInputs() {
        provider.clear();
        input.clearUploads();
        upload.clearFileList();
        text.clear();
    }

    private void confirmDelete(String inspectionId) {
        ConfirmDialog confirm = new ConfirmDialog(
                "Delete " + inspectionId + "?",
                ImportMessages.deleteQuestion(inspectionId),
                "Delete",
                e -> delete(inspectionId));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void delete(String inspectionId) {
        try {
            service.delete(inspectionId);
            notify("Deleted " + inspectionId + ".", NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException e) {
            notify("Not deleted: " + e.getMessage(), NotificationVariant.LUMO_ERROR);
        }
        refreshImported();
    }

    private void refreshImported() {
        List<Inspection> inspections = service.imported();
        imported.setItems(inspections);
        imported.setVisible(!inspections.isEmpty());
        noImports.setVisible(inspections.isEmpty());
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification n = Notification.show(message, 6000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(variant);
    }
}
