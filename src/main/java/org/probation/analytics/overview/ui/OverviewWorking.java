package org.probation.analytics.overview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import org.probation.analytics.overview.Overview;
import org.probation.analytics.overview.StandardColumn;

/** The overview's "show working": where each rating comes from and what the colours and columns mean. */
final class OverviewWorking {

    private OverviewWorking() {}

    static List<Component> describe(Overview overview) {
        List<Component> text = new ArrayList<>();
        text.add(new Paragraph(
                "Where the ratings come from: each cell is the rating of one standard exactly as the inspection "
                        + "report publishes it (" + overview.ratings().size() + " ratings of "
                        + overview.rows().size()
                        + " inspection(s) here). Nothing is computed: hover a cell for the report's file and line, or "
                        + "download the CSV, which keeps the word as printed, footnote marks included."));
        text.add(new Paragraph(
                "How the inspectorate rates: organisational standards (domain 1) are judged by the inspectors from "
                        + "the evidence. Case-based standards start from a rule, the band of the standard's lowest key "
                        + "question in the case sample (under 50% Inadequate, 50–64% Requires improvement, 65–79% Good, "
                        + "80% and over Outstanding), and the rating panel may use professional discretion near a band "
                        + "edge. An inspection's own page shows each published rating beside the rule."));
        text.add(new Paragraph("The columns are the " + overview.standards().size() + " standards the "
                + overview.framework().label() + " rates (frameworks have different standards, so the heatmap shows "
                + "one framework at a time):"));
        text.add(list(overview.standards()));
        if (!overview.unratedStandards().isEmpty()) {
            text.add(new Paragraph("Not rated by the framework, so not shown:"));
            text.add(list(overview.unratedStandards()));
        }
        text.add(new Paragraph("Overall and Score (table) are as published: each standard scores 0 (Inadequate) to 3 "
                + "(Outstanding) and the total is placed in the framework's bands."));
        text.add(new Paragraph(
                "Colours are Paul Tol's colour-blind-safe 'bright' scheme (Outstanding blue, Good cyan, Requires "
                        + "improvement yellow, Inadequate red, none published grey); the word is written in every cell and "
                        + "the table carries the same ratings, so no meaning rests on colour alone."));
        return text;
    }

    private static UnorderedList list(List<StandardColumn> standards) {
        return new UnorderedList(standards.stream()
                .map(s -> new ListItem(s.code() + " " + s.name()))
                .toArray(ListItem[]::new));
    }
}
