package org.probation.analytics.importing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.probation.analytics.base.ui.TableDownload;
import org.probation.analytics.importing.ImportPreview;
import org.probation.analytics.inspection.InspectionJson;
import org.probation.analytics.inspection.QualityFlag;
import org.probation.analytics.inspection.ResultRow;

/**
 * What an import would load, before anything is written: errors, what was recognised in a report and what
 * cannot be read from it, the inspection's fields, its result rows and flags.
 */
class PreviewPanel extends VerticalLayout {

    private final Paragraph summary = new Paragraph();
    private final Grid<ImportProblem> errors = new Grid<>(ImportProblem.class, false);
    private final DescriptionList inspection = new DescriptionList();
    private final Grid<ResultRow> results = new Grid<>(ResultRow.class, false);
    private final Grid<QualityFlag> flags = new Grid<>(QualityFlag.class, false);
    private final Paragraph noFlags = new Paragraph("The load would raise no data-quality flag.");
    private final ReportFacts facts = new ReportFacts();
    private final VerticalLayout loaded;
    private List<ResultRow> rows = List.of();

    PreviewPanel() {
        setPadding(false);
        setWidthFull();
        summary.setId("import-summary");
        inspection.setId("import-inspection");
        // term and value side by side, as a two-column table
        inspection
                .getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "max-content 1fr")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-l)")
                .set("margin", "0");
        configureErrors();
        configureResults();
        configureFlags();
        loaded = new VerticalLayout(
                new H3("Inspection"),
                inspection,
                new H3("Result rows"),
                new TableDownload<>("import-preview", ResultRow.class, () -> rows),
                results,
                new H3("Data-quality flags"),
                noFlags,
                flags);
        loaded.setPadding(false);
        add(summary, errors, facts, loaded);
        clear();
    }

    void show(ImportPreview preview) {
        summary.setText(ImportMessages.summary(preview));
        summary.setVisible(true);
        errors.setItems(ImportProblem.of(preview.errors()));
        errors.setVisible(!preview.errors().isEmpty());
        facts.show(preview);
        rows = preview.results();
        results.setItems(rows);
        flags.setItems(preview.flags());
        flags.setVisible(!preview.flags().isEmpty());
        noFlags.setVisible(preview.flags().isEmpty());
        inspection.removeAll();
        if (preview.inspection() != null) {
            fields(preview.inspection()).forEach((term, value) -> {
                Term t = new Term(term);
                t.getStyle().set("color", "var(--lumo-secondary-text-color)");
                Description d = new Description(value);
                d.getStyle().set("margin", "0");
                inspection.add(t, d);
            });
        }
        loaded.setVisible(preview.inspection() != null);
    }

    void clear() {
        summary.setVisible(false);
        facts.clear();
        errors.setVisible(false);
        loaded.setVisible(false);
        rows = List.of();
        results.setItems(rows);
    }

    private static Map<String, String> fields(InspectionJson i) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("Id", i.id());
        f.put("Title", i.title());
        f.put("Provider", i.provider() + " (" + i.providerType() + ", " + i.providerId() + ")");
        f.put("Region", i.region() == null ? "" : i.region());
        f.put("Framework", i.framework());
        f.put(
                "Fieldwork start",
                i.fieldworkStart() + ("month".equals(i.fieldworkStartPrecision()) ? " (month only)" : ""));
        f.put("Published", i.published());
        f.put("Score", i.score() == null ? "not printed" : i.score() + "/" + i.maxScore());
        f.put("Overall rating", i.overallRating() == null ? "not printed" : i.overallRating());
        return f;
    }

    private void configureErrors() {
        errors.setId("import-errors");
        errors.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        errors.addColumn(ImportProblem::file)
                .setHeader("File")
                .setKey("file")
                .setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(ImportProblem::where)
                .setHeader("Line")
                .setKey("line")
                .setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(ImportProblem::reason).setHeader("Reason").setKey("reason");
        errors.setAllRowsVisible(true);
    }

    private void configureResults() {
        results.setId("import-results");
        results.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        results.addColumn(ResultRow::questionCode)
                .setHeader("Code")
                .setKey("code")
                .setAutoWidth(true)
                .setFlexGrow(0);
        results.addColumn(ResultRow::question)
                .setHeader("Question")
                .setKey("question")
                .setFlexGrow(1);
        results.addColumn(ResultRow::subsample)
                .setHeader("Sub-sample")
                .setKey("subsample")
                .setAutoWidth(true)
                .setFlexGrow(0);
        results.addColumn(ResultRow::percentPrinted)
                .setHeader("Percent")
                .setKey("percent")
                .setAutoWidth(true)
                .setFlexGrow(0);
        results.addColumn(ResultRow::countLabel)
                .setHeader("Count")
                .setKey("count")
                .setAutoWidth(true)
                .setFlexGrow(0);
        results.addColumn(r -> r.denominator().code())
                .setHeader("Denominator")
                .setKey("denominator")
                .setAutoWidth(true)
                .setFlexGrow(0);
        results.addColumn(ResultRow::source)
                .setHeader("Source")
                .setKey("source")
                .setAutoWidth(true)
                .setFlexGrow(0);
        results.setHeight("24em");
    }

    private void configureFlags() {
        flags.setId("import-flags");
        flags.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        flags.addColumn(QualityFlag::rule)
                .setHeader("Rule")
                .setKey("rule")
                .setAutoWidth(true)
                .setFlexGrow(0);
        flags.addColumn(QualityFlag::item)
                .setHeader("Item")
                .setKey("item")
                .setAutoWidth(true)
                .setFlexGrow(0);
        flags.addColumn(QualityFlag::subsample)
                .setHeader("Sub-sample")
                .setKey("subsample")
                .setAutoWidth(true)
                .setFlexGrow(0);
        flags.addColumn(QualityFlag::reason).setHeader("Reason").setKey("reason");
        flags.addColumn(QualityFlag::source)
                .setHeader("Source")
                .setKey("source")
                .setAutoWidth(true)
                .setFlexGrow(0);
        flags.setHeight("16em");
    }
}
