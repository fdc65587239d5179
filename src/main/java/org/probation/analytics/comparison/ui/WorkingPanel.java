package org.probation.analytics.comparison.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.probation.analytics.calculator.Calculation;
import org.probation.analytics.comparison.ComparisonRow;
import org.probation.analytics.comparison.RowWorking;

/**
 * "Show working" for one row of a comparison: x/n of each side, the test, its statistic and p,
 * the interval methods, α, and R code that reproduces the figures (or why the row was not tested).
 */
public class WorkingPanel extends VerticalLayout {

    private final Paragraph hint = new Paragraph(
            "Select a row of the table (or an item of the chart) to see how its figures were worked out.");
    private final Pre working = new Pre();
    private final Pre rCode = new Pre();

    public WorkingPanel(String idPrefix) {
        setPadding(false);
        setSpacing(false);
        setId(idPrefix + "-working-panel");
        working.setId(idPrefix + "-working");
        rCode.setId(idPrefix + "-r");
        working.getStyle().set("white-space", "pre-wrap");
        rCode.getStyle().set("white-space", "pre-wrap");
        add(new H3("Show working"), hint, working, rCode);
        clear();
    }

    public void clear() {
        hint.setVisible(true);
        working.setText("");
        rCode.setText("");
        working.setVisible(false);
        rCode.setVisible(false);
    }

    /**
     * Shows the row's working as {@link RowWorking} writes it.
     *
     * @param significant whether the view calls the row significant, and by which rule
     * @param calculation the calculator's working for the row's two counts, null when a side has none
     */
    public void show(ComparisonRow r, double alpha, String significant, Calculation calculation) {
        show(RowWorking.of(r, alpha, significant, calculation));
    }

    /** Shows a working text and its R code. */
    public void show(RowWorking.Text text) {
        hint.setVisible(false);
        working.setText(text.working());
        working.setVisible(true);
        rCode.setText(text.rCode());
        rCode.setVisible(true);
    }

    /** Adds the row's data-quality flags (one a line, "A: …") to the working shown; nothing when there are none. */
    public void addFlags(String flags) {
        if (!flags.isBlank()) {
            working.setText(working.getText() + "\nData-quality flags of the figures compared:\n" + flags + "\n");
        }
    }
}
