package org.probation.analytics.subsample.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.probation.analytics.base.ui.EChart;
import org.probation.analytics.base.ui.PackDownload;
import org.probation.analytics.base.ui.TableDownload;
import org.probation.analytics.base.ui.UrlState;
import org.probation.analytics.comparison.ComparisonException;
import org.probation.analytics.comparison.ComparisonRow;
import org.probation.analytics.comparison.ComparisonService;
import org.probation.analytics.comparison.DataFlag;
import org.probation.analytics.comparison.Direction;
import org.probation.analytics.comparison.ui.Headline;
import org.probation.analytics.comparison.ui.InlineFlags;
import org.probation.analytics.subsample.SubsampleFigure;
import org.probation.analytics.subsample.SubsampleFilter;
import org.probation.analytics.subsample.SubsampleProfile;
import org.probation.analytics.subsample.SubsampleProfile.Choice;
import org.probation.analytics.subsample.SubsampleService;

/** Community against licence cases and the risk levels of one inspection, side by side; the whole state in the URL. */
@Route("subsamples")
@PageTitle("Sub-samples")
@Menu(title = "Sub-samples", order = 4)
@AnonymousAllowed
public class SubsamplesView extends VerticalLayout implements BeforeEnterObserver, AfterNavigationObserver {

    private static final String PATH = "subsamples";

    private final SubsampleService service;
    private final ComparisonService comparisons;
    // hundreds of inspections nationally: a combo box sends the client only the items it shows
    private final ComboBox<Choice> inspection = inspectionBox();
    private final RadioButtonGroup<String> level = new RadioButtonGroup<>("Questions");
    private final Select<Choice> standard = select("Standard", "standard");
    private final Select<Choice> a = select("Sub-sample A", "subsample-a");
    private final Select<Choice> b = select("Sub-sample B (differences read A − B)", "subsample-b");
    private final Paragraph note = new Paragraph();
    private final SubsampleChart chart = new SubsampleChart();
    private final SubsampleFigureGrid figureGrid = new SubsampleFigureGrid();
    private final H3 contrastTitle = new H3();
    /** One line before the detail: how many questions each way are significant. */
    private final Paragraph headline = new Paragraph();

    private final SubsampleContrastGrid contrastGrid = new SubsampleContrastGrid();
    private final SubsampleWorking working = new SubsampleWorking();
    private SubsampleProfile profile;
    private String question;

    public SubsamplesView(SubsampleService service, ComparisonService comparisons) {
        this.service = service;
        this.comparisons = comparisons;
        setWidthFull();
        configureControls();
        note.setId("subsamples-note");
        contrastTitle.setId("contrast-title");
        contrastGrid.asSingleSelect().addValueChangeListener(e -> {
            showWorking(e.getValue());
            if (e.isFromClient()) {
                question = e.getValue() == null ? null : e.getValue().questionCode();
                writeUrl();
            }
        });
        chart.addChartClickListener(e -> profile.contrast().stream()
                .filter(r -> r.questionCode().equals(e.name()))
                .findFirst()
                .ifPresent(r -> {
                    contrastGrid.select(r);
                    question = r.questionCode();
                    writeUrl();
                }));
        Button png = new Button("Download PNG", e -> chart.downloadPng(fileName("subsamples"), chartTitle()));
        PackDownload pack = new PackDownload(() -> SubsamplePack.of(
                profile,
                fileName("subsamples"),
                inspection.getValue() == null ? "" : inspection.getValue().label(),
                headline.getText(),
                chart,
                chartTitle(),
                service));
        TableDownload<SubsampleFigure> figuresCsv = new TableDownload<>(
                        () -> fileName("subsample-figures"), SubsampleFigure.class, () -> profile.figures())
                .named("the figures");
        TableDownload<ComparisonRow> contrastCsv = new TableDownload<>(
                        () -> fileName("subsample-contrast"), ComparisonRow.class, () -> profile.contrast())
                .named("the contrast");
        HorizontalLayout chartBar = new HorizontalLayout(png, figuresCsv, pack);
        chartBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        headline.setId("subsamples-headline");
        headline.getStyle().set("font-weight", "600");
        add(
                new H2("Sub-samples side by side"),
                headline,
                new Paragraph(
                        "Each bar is a sub-sample's published percent, with its 90% Wilson interval where the count "
                                + "is known (no interval where it is unknown). ≈ marks a count estimated from the printed percents."),
                controls(),
                note,
                new H3("Results by sub-sample"),
                chartBar,
                chart.tableAlternative(figureGrid),
                new Details("The chart as a table", figureGrid),
                contrastTitle,
                new Paragraph(
                        "A − B in percentage points (positive: A better), with Newcombe's 90% interval; the inspectorate's pooled z-test, "
                                + "significant when p < α = " + SubsampleService.ALPHA
                                + "; q is the Benjamini–Hochberg q-value over "
                                + "every tested question of the pair. Results with fewer than 5 cases or an unknown count are not tested."),
                contrastCsv,
                contrastGrid,
                working);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        SubsampleFilter filter = new SubsampleFilter(
                UrlState.get(query, "inspection").orElse(null),
                UrlState.get(query, "a").orElse(null),
                UrlState.get(query, "b").orElse(null),
                UrlState.get(query, "level").orElse(null),
                UrlState.get(query, "standard").orElse(null));
        question = UrlState.get(query, "question").orElse(null);
        try {
            show(service.profile(filter));
        } catch (ComparisonException.NotFound e) {
            throw new NotFoundException(e.getMessage());
        }
    }

    /** The URL completed with the state as resolved (defaults, replaced sub-samples), so that it is a full permalink. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        writeUrl();
    }

    private void configureControls() {
        level.setId("level");
        level.setItems(SubsampleFilter.KEY_QUESTIONS, SubsampleFilter.PROMPTS);
        level.setItemLabelGenerator(l -> l.equals(SubsampleFilter.PROMPTS) ? "Prompts" : "Key questions");
        inspection.setWidth("36rem");
        standard.setWidth("24rem");
        a.setWidth("15rem");
        b.setWidth("15rem");
        standard.setEmptySelectionAllowed(true);
        standard.setEmptySelectionCaption("Every standard");
        standard.setPlaceholder("Every standard");
        List.<HasValue<?, Choice>>of(inspection, standard, a, b)
                .forEach(s -> s.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        refresh(current());
                    }
                }));
        level.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                refresh(current());
            }
        });
    }

    private HorizontalLayout controls() {
        Button swap = new Button("Swap A and B", e -> refresh(current().withPair(code(b), code(a))));
        swap.setId("swap");
        HorizontalLayout controls = new HorizontalLayout(inspection, level, standard, a, b, swap);
        controls.setWrap(true);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return controls;
    }

    private SubsampleFilter current() {
        return new SubsampleFilter(code(inspection), code(a), code(b), level.getValue(), code(standard));
    }

    private void refresh(SubsampleFilter filter) {
        show(service.profile(filter));
        writeUrl();
    }

    private void show(SubsampleProfile shown) {
        profile = shown;
        SubsampleFilter f = shown.filter();
        inspection.setItems(shown.inspections());
        inspection.setValue(choice(shown.inspections(), f.inspection()));
        level.setValue(f.level());
        standard.setItems(shown.standards());
        standard.setValue(choice(shown.standards(), f.standard()));
        a.setItems(shown.subsamples());
        b.setItems(shown.subsamples());
        a.setValue(choice(shown.subsamples(), f.a()));
        b.setValue(choice(shown.subsamples(), f.b()));
        note.setText(shown.note() == null ? "" : shown.note());
        note.setVisible(shown.note() != null);
        chart.show(shown.figures(), shown.subsamples());
        figureGrid.show(shown.figures(), shown.subsamples());
        String labelA = a.getValue() == null ? "A" : a.getValue().label();
        String labelB = b.getValue() == null ? "B" : b.getValue().label();
        contrastTitle.setText(
                "Contrast: " + labelA + " − " + labelB + " (" + shown.contrast().size() + " questions)");
        contrastGrid.show(shown.contrast(), labelA, labelB, flags(f));
        headline.setText(labelA + " − " + labelB + ": "
                + Headline.of(service.summary(shown.contrast()), Direction.A_MINUS_B, labelA));
        ComparisonRow selected = shown.contrast().stream()
                .filter(r -> r.questionCode().equals(question))
                .findFirst()
                .orElse(null);
        if (selected == null) {
            question = null;
            contrastGrid.deselectAll();
            showWorking(null);
        } else {
            contrastGrid.select(selected);
        }
    }

    private void showWorking(ComparisonRow row) {
        if (row == null) {
            working.clear();
        } else {
            working.show(service.working(row), flags(profile.filter()).detail(row));
        }
    }

    /** The title drawn above the chart's PNG: the inspection, the headline, the data's date. */
    private String chartTitle() {
        return "Sub-samples of "
                + (inspection.getValue() == null ? "" : inspection.getValue().label()) + "\n" + headline.getText()
                + "\nData: " + comparisons.dataDate() + " · drawn " + java.time.LocalDate.now();
    }

    /** A file name for this state: "subsamples-swansea-…-2022-community-vs-licence-key-question". */
    private String fileName(String what) {
        SubsampleFilter f = profile.filter();
        return EChart.fileName(
                what,
                f.inspection(),
                f.a(),
                "vs",
                f.b(),
                f.level(),
                f.standard() == null ? null : "standard-" + f.standard());
    }

    /** The inspection's flags, each side limited to its own sub-sample. */
    private InlineFlags flags(SubsampleFilter f) {
        List<DataFlag> all = f.inspection() == null ? List.of() : comparisons.flags(f.inspection());
        return InlineFlags.of(all, all, f.a(), f.b());
    }

    private void writeUrl() {
        SubsampleFilter f = profile.filter();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("inspection", f.inspection());
        params.put("a", f.a());
        params.put("b", f.b());
        params.put("level", f.level());
        params.put("standard", f.standard());
        params.put("question", question);
        UrlState.replace(this, PATH, params);
    }

    private static ComboBox<Choice> inspectionBox() {
        ComboBox<Choice> box = new ComboBox<>("Inspection");
        box.setId("inspection");
        box.setItemLabelGenerator(c -> c == null ? "" : c.label());
        return box;
    }

    private static Select<Choice> select(String label, String id) {
        Select<Choice> select = new Select<>();
        select.setLabel(label);
        select.setId(id);
        select.setItemLabelGenerator(c -> c == null ? "" : c.label());
        return select;
    }

    private static Choice choice(List<Choice> choices, String code) {
        return choices.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    }

    private static String code(HasValue<?, Choice> select) {
        return select.getValue() == null ? null : select.getValue().code();
    }
}
