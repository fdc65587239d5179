package org.probation.analytics.importing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.probation.analytics.importing.ImportPreview;
import org.probation.analytics.importing.parse.KnownProvider;
import org.probation.analytics.importing.parse.Recognised;

/** What the parser recognised in a report, and how (where it is printed, the words quoted), and what it cannot read. */
class ReportFacts extends VerticalLayout {

    private final Grid<Recognised> recognised = new Grid<>(Recognised.class, false);
    private final UnorderedList limits = new UnorderedList();
    private final VerticalLayout recognisedPart;
    private final VerticalLayout limitsPart;

    ReportFacts() {
        setPadding(false);
        recognised.setId("import-recognised");
        recognised.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        recognised
                .addColumn(r -> label(r.field()))
                .setHeader("Field")
                .setKey("field")
                .setAutoWidth(true)
                .setFlexGrow(0);
        recognised
                .addColumn(ReportFacts::shown)
                .setHeader("Recognised as")
                .setKey("value")
                .setFlexGrow(1);
        recognised
                .addColumn(Recognised::where)
                .setHeader("Where")
                .setKey("where")
                .setAutoWidth(true)
                .setFlexGrow(0);
        recognised
                .addColumn(Recognised::quote)
                .setHeader("Quoted from the report")
                .setKey("quote")
                .setFlexGrow(1);
        recognised.addColumn(Recognised::how).setHeader("How").setKey("how").setFlexGrow(1);
        recognised.setAllRowsVisible(true);
        limits.setId("import-limits");
        recognisedPart = new VerticalLayout(new H3("Recognised in the report"), recognised);
        recognisedPart.setPadding(false);
        limitsPart = new VerticalLayout(new H3("What the parser cannot read"), limits);
        limitsPart.setPadding(false);
        add(recognisedPart, limitsPart);
        clear();
    }

    void show(ImportPreview preview) {
        recognised.setItems(preview.recognised());
        recognisedPart.setVisible(!preview.recognised().isEmpty());
        limits.removeAll();
        preview.limits().forEach(l -> limits.add(new ListItem(l)));
        limitsPart.setVisible(!preview.limits().isEmpty());
    }

    void clear() {
        recognised.setItems(List.of());
        recognisedPart.setVisible(false);
        limitsPart.setVisible(false);
    }

    private static String shown(Recognised r) {
        if (r.found() || r.candidates().isEmpty()) {
            return r.shown();
        }
        return r.shown() + "; candidates: "
                + String.join(
                        ", ", r.candidates().stream().map(KnownProvider::label).toList());
    }

    static String label(String field) {
        return switch (field) {
            case "fieldwork_start" -> "Fieldwork start";
            case "overall_rating" -> "Overall rating";
            case "published" -> "Published";
            default -> Character.toUpperCase(field.charAt(0)) + field.substring(1);
        };
    }
}
