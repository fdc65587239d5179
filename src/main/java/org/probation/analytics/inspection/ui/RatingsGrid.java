package org.probation.analytics.inspection.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.probation.analytics.base.ui.Grids;
import org.probation.analytics.rating.StandardRatingCheck;

/**
 * Each rated standard's published rating, with a badge saying whether it follows the rule, beside
 * the rating by the rule, the key question that drives it and its distance to the nearer band edge:
 * narrow enough to be read whole on a laptop screen.
 */
class RatingsGrid extends Grid<StandardRatingCheck> {

    RatingsGrid() {
        super(StandardRatingCheck.class, false);
        setId("ratings-grid");
        Grids.keepFirstColumnInView(this);
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(c -> c.standardTitle() == null ? c.standardCode() : c.standardCode() + " " + c.standardTitle())
                .setHeader("Standard")
                .setWidth("11rem")
                .setFlexGrow(0);
        // the published rating with a badge saying whether it follows the rule, departs from it, or has no rule
        addColumn(LitRenderer.<StandardRatingCheck>of("""
                        <span>${item.rating}</span> <span theme="badge ${item.tone} small" style="${item.style}">${item.badge}</span>""")
                        .withProperty("rating", c -> c.publishedRating() == null ? "—" : c.publishedRating())
                        .withProperty("badge", ResultWording::discretionBadge)
                        .withProperty(
                                "tone",
                                c -> Boolean.TRUE.equals(c.discretion())
                                        ? "error"
                                        : c.discretion() == null ? "contrast" : "success")
                        .withProperty("style", ResultWording::discretionStyle))
                .setHeader("Published")
                .setWidth("13rem")
                .setFlexGrow(0);
        addColumn(c -> c.ruleRating() == null ? "— (" + c.basis() + ")" : c.ruleRating())
                .setHeader("By the rule")
                .setWidth("11rem")
                .setFlexGrow(1);
        addColumn(c -> c.drivingQuestion() == null
                        ? ""
                        : c.drivingQuestion() + " at " + Math.round(c.drivingPercent()) + "%")
                .setHeader("Driving key question")
                .setWidth("9rem")
                .setFlexGrow(0);
        addColumn(ResultWording::edge)
                .setHeader("To the nearer band edge")
                .setWidth("14rem")
                .setFlexGrow(1);
    }
}
