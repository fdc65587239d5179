package org.probation.analytics.importing.ui;

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
    private final ProviderChoice provider;
    private final PreviewPanel preview = new PreviewPanel();
    private BatchEntry shown;

    BatchEntryPanel(List<KnownProvider> providers, BiConsumer<BatchEntry, KnownProvider> choose) {
        setPadding(false);
        title.setId("batch-entry-title");
        status.setId("batch-entry-status");
        provider = new ProviderChoice(providers, p -> choose.accept(shown, p));
        add(title, status, provider, preview);
        clear();
    }

    void show(BatchEntry entry) {
        shown = entry;
        title.setText(entry.name());
        status.setText(BatchMessages.entryStatus(entry));
        provider.showFor(entry.preview(), entry.chosenProvider());
        provider.setVisible(provider.isVisible() && entry.canChooseProvider());
        preview.show(entry.preview());
        setVisible(true);
    }

    void clear() {
        shown = null;
        setVisible(false);
        preview.clear();
    }

    BatchEntry shown() {
        return shown;
    }
}
