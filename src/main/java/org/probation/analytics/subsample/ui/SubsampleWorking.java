package org.probation.analytics.subsample.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.probation.analytics.subsample.SubsampleService;

/** The working of the selected contrast row, its data-quality flags, and the R that reproduces it. */
class SubsampleWorking extends VerticalLayout {

    private static final String NOTHING_SELECTED =
            "Select a row of the contrast, or a bar of the chart, to see how its figures were reached.";

    private final Pre working = new Pre(NOTHING_SELECTED);
    private final Pre rSnippet = new Pre();

    SubsampleWorking() {
        setPadding(false);
        working.setId("subsamples-working");
        rSnippet.setId("subsamples-r");
        working.getStyle().set("white-space", "pre-wrap");
        add(new H3("Show working"), working, new H4("Reproduce in R"), rSnippet);
    }

    void clear() {
        working.setText(NOTHING_SELECTED);
        rSnippet.setText("");
    }

    /** @param flags the row's data-quality flags, one a line ("" when none) */
    void show(SubsampleService.Working w, String flags) {
        working.setText(
                w.text() + (flags.isEmpty() ? "" : "\nData-quality flags of the figures contrasted:\n" + flags + "\n"));
        rSnippet.setText(w.rSnippet());
    }
}
