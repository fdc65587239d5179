package org.probation.analytics.comparison.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.probation.analytics.comparison.Pool;

/**
 * Who a pooled side of a comparison holds: "B = all other providers of the framework: pooled from
 * 3 providers: …". A pool of fewer than {@link Pool#SMALL} providers carries a warning, as
 * Fingertips marks figures from small numbers: its figure leans on the largest sample in it.
 */
class PoolNote extends Paragraph {

    PoolNote() {
        setId("compare-pool");
        setVisible(false);
    }

    /** @param sides the letter of each pool's side, in order ("A", "B") */
    void show(List<Pool> pools, List<String> sides) {
        StringBuilder s = new StringBuilder();
        boolean small = false;
        for (int i = 0; i < pools.size(); i++) {
            s.append(s.isEmpty() ? "" : " ")
                    .append(sides.get(i))
                    .append(" = ")
                    .append(pools.get(i).describe())
                    .append('.');
            small |= pools.get(i).small();
        }
        if (small) {
            s.append(" ⚠ Small pool: fewer than ")
                    .append(Pool.SMALL)
                    .append(" providers, so the pooled figure leans on the "
                            + "largest sample in it and is not a stable benchmark; read its differences with care.");
        }
        if (!pools.isEmpty()) {
            s.append(
                    " A question pools only the providers with a count of it (the table's x/n and the working say how many).");
        }
        setText(s.toString());
        setVisible(!pools.isEmpty());
        getElement().setAttribute("data-small", String.valueOf(small));
        getStyle()
                .set("border-left", small ? "4px solid #DDAA33" : "none")
                .set("padding-left", small ? "var(--lumo-space-s)" : "0");
    }
}
