package org.probation.analytics.comparison.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.probation.analytics.comparison.Adjustment;
import org.probation.analytics.comparison.InspectionChoice;
import org.probation.analytics.comparison.RegionChoice;
import org.probation.analytics.comparison.ui.CompareFilter.Level;
import org.probation.analytics.comparison.ui.CompareFilter.Mode;

/**
 * Compare's fields: what is compared (the mode and its choices) and how (questions, α, BH). They
 * show a {@link CompareFilter} and read one back; a person's change calls the listener, a filter
 * put in them does not.
 */
class CompareFields extends VerticalLayout {

    private final List<RegionChoice> regions;
    private final Select<Mode> mode = new Select<>();
    // the inspections are hundreds nationally: a combo box sends the client only the items it shows
    // (a select would build one component per inspection in every session's view)
    private final ComboBox<String> before = new ComboBox<>();
    private final ComboBox<String> after = new ComboBox<>();
    private final ComboBox<String> inspection = new ComboBox<>();
    private final Select<String> against = new Select<>();
    private final Select<String> framework = new Select<>();
    private final Select<String> regionA = new Select<>();
    private final Select<String> regionB = new Select<>();
    private final RadioButtonGroup<Level> level = new RadioButtonGroup<>("Questions");
    private final Select<String> standard = new Select<>();
    private final Select<Adjustment> adjustment = new Select<>();
    private final NumberField alpha = new NumberField("Significance level α");
    private boolean applying;

    CompareFields(List<InspectionChoice> inspections, List<RegionChoice> regions, Runnable changed) {
        this.regions = regions;
        setPadding(false);
        Map<String, String> inspectionLabels =
                inspections.stream().collect(Collectors.toMap(InspectionChoice::id, InspectionChoice::label));
        Map<String, String> regionLabels = regions.stream()
                .collect(Collectors.toMap(RegionChoice::regionId, RegionChoice::regionName, (x, y) -> x));
        List<String> ids = inspections.stream().map(InspectionChoice::id).toList();
        mode.setLabel("Compare");
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> m.label);
        mode.setWidth("20rem");
        choose(before, "Before (A)", ids, inspectionLabels);
        choose(after, "After (B)", ids, inspectionLabels);
        choose(inspection, "Inspection (A)", ids, inspectionLabels);
        before.setId("compare-before");
        after.setId("compare-after");
        inspection.setId("compare-inspection");
        choose(
                against,
                "Benchmark (B)",
                CompareFilter.BENCHMARKS,
                Map.of(
                        "national", "All other providers of the framework (pooled)",
                        "region", "The region's other providers (pooled)",
                        "comparator", "Comparator figure printed in the report"));
        choose(
                framework,
                "Framework",
                regions.stream().map(RegionChoice::framework).distinct().toList(),
                regions.stream()
                        .collect(Collectors.toMap(RegionChoice::framework, RegionChoice::frameworkName, (x, y) -> x)));
        choose(regionA, "Region A", List.of(), regionLabels);
        choose(regionB, "Region B", List.of(), regionLabels);
        level.setItems(Level.values());
        level.setItemLabelGenerator(l -> l.label);
        standard.setLabel("Standard");
        standard.setId("compare-standard");
        standard.setEmptySelectionAllowed(true);
        standard.setEmptySelectionCaption("All standards");
        adjustment.setLabel("Adjustment for testing many questions");
        adjustment.setId("compare-adjustment");
        adjustment.setItems(Adjustment.values());
        adjustment.setItemLabelGenerator(a -> a == null ? "" : a.option());
        adjustment.setWidth("30rem");
        alpha.setManualValidation(true);
        alpha.setErrorMessage("α must be a number between 0 and 1");
        for (HasValue<?, ?> field : List.of(
                mode,
                before,
                after,
                inspection,
                against,
                framework,
                regionA,
                regionB,
                level,
                standard,
                adjustment,
                alpha)) {
            field.addValueChangeListener(e -> {
                if (!applying) {
                    changed.run();
                }
            });
        }
        HorizontalLayout what =
                new HorizontalLayout(mode, before, after, inspection, against, framework, regionA, regionB);
        HorizontalLayout which = new HorizontalLayout(level, standard, alpha, adjustment);
        for (HorizontalLayout row : List.of(what, which)) {
            row.setWrap(true);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        }
        add(what, which);
    }

    private static void choose(Select<String> select, String label, List<String> items, Map<String, String> labels) {
        select.setLabel(label);
        // an inspection's display name carries its fieldwork and publication dates
        select.setWidth(labels.values().stream().anyMatch(l -> l.contains("published")) ? "30rem" : "19rem");
        select.setItems(items);
        select.setItemLabelGenerator(id -> labels.getOrDefault(id, id));
    }

    private static void choose(ComboBox<String> box, String label, List<String> items, Map<String, String> labels) {
        box.setLabel(label);
        box.setWidth("30rem");
        box.setItems(items);
        box.setItemLabelGenerator(id -> labels.getOrDefault(id, id));
    }

    /** The filter the fields say, or null when α is not a number in (0, 1) (the field says so). */
    CompareFilter read(CompareFilter previous) {
        if (alpha.getValue() == null || alpha.getValue() <= 0 || alpha.getValue() >= 1) {
            alpha.setInvalid(true);
            return null;
        }
        alpha.setInvalid(false);
        boolean frameworkChanged =
                framework.getValue() != null && !framework.getValue().equals(previous.framework());
        return new CompareFilter(
                mode.getValue(),
                before.getValue(),
                after.getValue(),
                inspection.getValue(),
                against.getValue(),
                framework.getValue(),
                frameworkChanged ? null : regionA.getValue(),
                frameworkChanged ? null : regionB.getValue(),
                level.getValue(),
                standard.getValue(),
                adjustment.getValue(),
                alpha.getValue());
    }

    /**
     * Puts a filter in the fields without reacting to it; {@code standards} are the standards to
     * offer, shown by their {@code labels} ("2.2 Assessment") where there is one.
     */
    void show(CompareFilter f, List<String> standards, Map<String, String> labels) {
        applying = true;
        mode.setValue(f.mode());
        before.setValue(f.before());
        after.setValue(f.after());
        inspection.setValue(f.inspection());
        against.setValue(f.against());
        framework.setValue(f.framework());
        List<String> inFramework = regions.stream()
                .filter(r -> r.framework().equals(f.framework()))
                .map(RegionChoice::regionId)
                .toList();
        regionA.setItems(inFramework);
        regionB.setItems(inFramework);
        regionA.setValue(f.regionA());
        regionB.setValue(f.regionB());
        level.setValue(f.level());
        adjustment.setValue(f.adjustment());
        alpha.setValue(f.alpha());
        boolean two = f.mode() == Mode.INSPECTIONS || f.mode() == Mode.PEERS;
        before.setVisible(two);
        after.setVisible(two);
        before.setLabel(f.mode() == Mode.PEERS ? "Inspection A" : "Before (A)");
        after.setLabel(f.mode() == Mode.PEERS ? "Inspection B" : "After (B)");
        inspection.setVisible(f.mode() == Mode.BENCHMARK);
        against.setVisible(f.mode() == Mode.BENCHMARK);
        framework.setVisible(f.mode() == Mode.REGIONS);
        regionA.setVisible(f.mode() == Mode.REGIONS);
        regionB.setVisible(f.mode() == Mode.REGIONS);
        standard.setItemLabelGenerator(code -> code == null ? "" : labels.getOrDefault(code, code));
        standard.setItems(standards);
        standard.setValue(f.standard());
        applying = false;
    }
}
