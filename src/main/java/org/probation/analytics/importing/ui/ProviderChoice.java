package org.probation.analytics.importing.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import java.util.function.Consumer;
import org.probation.analytics.importing.ImportPreview;
import org.probation.analytics.importing.parse.KnownProvider;

/**
 * The provider of a report whose title names none the parser recognises, chosen from the reference list (every
 * provider the parser knows: name, type, region, id); the report is then previewed again with it.
 */
class ProviderChoice extends ComboBox<KnownProvider> {

    private boolean setting;

    ProviderChoice(List<KnownProvider> providers, Consumer<KnownProvider> chosen) {
        super("Provider");
        setId("provider-choice");
        setItems(providers);
        setItemLabelGenerator(ProviderChoice::label);
        setWidth("36em");
        setHelperText("Not recognised in the report: choose the provider from the reference list, and the report "
                + "is previewed again with it (its notes say you chose it).");
        addValueChangeListener(e -> {
            if (!setting && e.getValue() != null) {
                chosen.accept(e.getValue());
            }
        });
        setVisible(false);
    }

    /** Shown for a report whose provider was not recognised, or was chosen; set to the choice without acting on it. */
    void showFor(ImportPreview preview, String chosenId) {
        boolean unrecognised =
                preview.recognised().stream().anyMatch(r -> r.field().equals("provider") && !r.found());
        setVisible(unrecognised || chosenId != null);
        setting = true;
        try {
            setValue(
                    chosenId == null
                            ? null
                            : getListDataView()
                                    .getItems()
                                    .filter(p -> p.id().equals(chosenId))
                                    .findFirst()
                                    .orElse(null));
        } finally {
            setting = false;
        }
    }

    String chosenId() {
        return getValue() == null ? null : getValue().id();
    }

    static String label(KnownProvider p) {
        return p.name() + " (" + p.type() + (p.region().isEmpty() ? "" : ", " + p.region()) + "; " + p.id() + ")";
    }
}
