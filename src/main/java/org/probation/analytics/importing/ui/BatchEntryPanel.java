package org.probation.analytics.importing.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.BiConsumer;
import org.probation.analytics.importing.batch.BatchEntry;
import org.probation.analytics.importing.parse.KnownProvider;

/**
 * The selected file of the queue: where it stands, its preview (rows, flags, errors, what was recognised and
 * how, what cannot be read) and, for a report whose provider was not recognised or was chosen, the provider to
 * choose from the reference list.
 */
class BatchEntryPanel extends VerticalLayout {

    private final H3 title = new H3();
    private final Paragraph status = new Paragraph();
    private final ComboBox<KnownProvider> provider = new ComboBox<>("Provider");
    private final PreviewPanel preview = new PreviewPanel();
    private BatchEntry shown;
    private boolean showing;

    BatchEntryPanel(List<KnownProvider> providers, BiConsumer<BatchEntry, KnownProvider> choose) {
        setPadding(false);
        title.setId("batch-entry-title");
        status.setId("batch-entry-status");
        provider.setId("provider-choice");
        provider.setItems(providers);
        provider.setItemLabelGenerator(BatchEntryPanel::label);
        provider.setWidth("36em");
        provider.setHelperText("Not recognised in the report: choose the provider from the reference list, and the "
                + "report is previewed again with it (its notes say you chose it).");
        provider.addValueChangeListener(e -> {
            if (!showing && shown != null && e.getValue() != null) {
                choose.accept(shown, e.getValue());
            }
        });
        add(title, status, provider, preview);
        clear();
    }

    void show(BatchEntry entry) {
        showing = true;
        try {
            shown = entry;
            title.setText(entry.name());
            status.setText(BatchMessages.entryStatus(entry));
            boolean choosing = entry.canChooseProvider() && (entry.needsProvider() || entry.chosenProvider() != null);
            provider.setVisible(choosing);
            provider.setValue(
                    entry.chosenProvider() == null
                            ? null
                            : provider.getListDataView()
                                    .getItems()
                                    .filter(p -> p.id().equals(entry.chosenProvider()))
                                    .findFirst()
                                    .orElse(null));
            preview.show(entry.preview());
            setVisible(true);
        } finally {
            showing = false;
        }
    }

    void clear() {
        shown = null;
        setVisible(false);
        preview.clear();
    }

    BatchEntry shown() {
        return shown;
    }

    static String label(KnownProvider p) {
        return p.name() + " (" + p.type() + (p.region().isEmpty() ? "" : ", " + p.region()) + "; " + p.id() + ")";
    }
}
