package org.probation.analytics.importing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.probation.analytics.importing.ImportException;
import org.probation.analytics.importing.ImportService;
import org.probation.analytics.importing.batch.Batch;
import org.probation.analytics.importing.batch.BatchEntry;
import org.probation.analytics.importing.batch.BatchFile;
import org.probation.analytics.importing.batch.BatchImportService;
import org.probation.analytics.importing.batch.BatchLimits;
import org.probation.analytics.importing.parse.KnownProvider;

/**
 * Many reports at once (reached from the import view, whose menu entry it shares): upload PDFs, report texts, CSV
 * bundles or a zip of them; each becomes an entry of the queue with its status; select one to see its preview and,
 * when its provider is not recognised, to choose it; commit the ready ones together or one by one.
 */
@Route("import/batch")
@PageTitle("Import many reports")
@RolesAllowed("ADMIN")
public class BatchImportView extends VerticalLayout {

    private final BatchImportService service;
    private final Batch batch = new Batch();
    private final List<BatchFile> uploaded = new ArrayList<>();
    private boolean previewScheduled;
    private final Upload upload = new Upload();
    private final Button commitReady = new Button("Commit ready (0)", e -> commitReady());
    private final BatchQueueGrid queue = new BatchQueueGrid(this::commit, this::remove);
    private final BatchEntryPanel detail;

    public BatchImportView(BatchImportService service, ImportService imports) {
        this.service = service;
        this.detail = new BatchEntryPanel(imports.providers(), this::choose);
        setWidthFull();
        upload.setId("batch-upload");
        upload.setUploadFormat(UploadFormat.RAW); // a zip may be larger than a form upload takes
        upload.setUploadHandler(UploadHandler.inMemory((file, bytes) -> received(file.fileName(), bytes)));
        upload.setAcceptedFileTypes(".pdf", ".txt", ".csv", ".zip");
        upload.setMaxFileSize((int) BatchLimits.MAX_ZIP_BYTES);
        upload.addFileRejectedListener(
                e -> notify(e.getFileName() + ": " + e.getErrorMessage(), NotificationVariant.LUMO_ERROR));
        commitReady.setId("commit-ready-button");
        commitReady.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button clear = new Button("Clear the queue", e -> clearQueue());
        clear.setId("clear-queue-button");
        queue.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                detail.show(e.getValue());
            }
        });
        RouterLink back = new RouterLink("Import one inspection (CSV files, a report's text or PDF)", ImportView.class);
        back.setId("single-import-link");
        add(
                new H2("Import many reports"),
                back,
                new Paragraph("Upload reports' PDFs, reports' texts (.txt), CSV bundles (a '# file: NAME' line before "
                        + "each file) or a zip of them (at most " + BatchLimits.MAX_ENTRIES + " files). Each is "
                        + "previewed on its own: one that cannot be read never holds up the others. Select a file "
                        + "to see what it would load, what was recognised in it and what cannot be read. Nothing is "
                        + "written until you commit; each report is committed whole or not at all."),
                upload,
                new HorizontalLayout(commitReady, clear),
                queue,
                detail);
        refresh();
        // previews left behind (another view, a closed tab) are discarded, not kept until the app stops
        addDetachListener(e -> service.discard(batch));
    }

    /**
     * A file arrived: the files arriving together (one selection of several) are previewed together, once their
     * uploads have answered, before the view answers the browser.
     */
    private void received(String fileName, byte[] bytes) {
        uploaded.add(BatchFile.of(fileName, bytes));
        if (!previewScheduled) {
            previewScheduled = true;
            getUI().ifPresent(ui -> ui.beforeClientResponse(this, context -> addUploaded()));
        }
    }

    private void addUploaded() {
        previewScheduled = false;
        if (uploaded.isEmpty()) {
            return;
        }
        List<BatchFile> files = List.copyOf(uploaded);
        uploaded.clear();
        upload.clearFileList();
        List<BatchEntry> added = service.add(batch, files);
        refresh();
        added.stream().findFirst().ifPresent(queue::select);
        notify(BatchMessages.added(added), NotificationVariant.LUMO_CONTRAST);
    }

    private void commitReady() {
        List<String> replacing = service.replacing(batch);
        if (replacing.isEmpty()) {
            committed(service.commitReady(batch, false));
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(
                "Replace imported inspections?",
                BatchMessages.replaceQuestion(replacing),
                "Replace them",
                e -> committed(service.commitReady(batch, true)));
        confirm.setRejectable(true);
        confirm.setRejectText("Commit only the others");
        confirm.addRejectListener(e -> committed(service.commitReadyNew(batch)));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void commit(BatchEntry entry) {
        if (!entry.preview().exists()) {
            committed(List.of(service.commit(batch, entry.number(), false)));
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(
                "Replace " + entry.inspectionId() + "?",
                ImportMessages.replaceQuestion(entry.preview()),
                "Replace",
                e -> committed(List.of(service.commit(batch, entry.number(), true))));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void committed(List<BatchEntry> after) {
        refresh();
        notify(
                BatchMessages.committed(after),
                after.stream().allMatch(e -> e.committedId() != null)
                        ? NotificationVariant.LUMO_SUCCESS
                        : NotificationVariant.LUMO_WARNING);
    }

    private void remove(BatchEntry entry) {
        service.remove(batch, entry.number());
        refresh();
    }

    private void choose(BatchEntry entry, KnownProvider provider) {
        try {
            service.choose(batch, entry.number(), provider.id());
        } catch (ImportException e) {
            notify(e.getMessage(), NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void clearQueue() {
        service.discard(batch);
        refresh();
    }

    private void refresh() {
        Integer selected = detail.shown() == null ? null : detail.shown().number();
        queue.setItems(batch.entries()).setIdentifierProvider(BatchEntry::number);
        commitReady.setText("Commit ready (" + batch.readyCount() + ")");
        commitReady.setEnabled(batch.readyCount() > 0);
        BatchEntry now = selected == null ? null : batch.entry(selected).orElse(null);
        if (now == null) {
            detail.clear();
        } else {
            queue.select(now);
            detail.show(now);
        }
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification n = Notification.show(message, 6000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(variant);
    }
}
