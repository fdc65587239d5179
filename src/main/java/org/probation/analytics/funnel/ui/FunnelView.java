package org.probation.analytics.funnel.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.probation.analytics.base.Format;
import org.probation.analytics.base.ui.EChart;
import org.probation.analytics.base.ui.LinkBanner;
import org.probation.analytics.base.ui.TableDownload;
import org.probation.analytics.base.ui.UrlState;
import org.probation.analytics.funnel.Funnel;
import org.probation.analytics.funnel.FunnelFramework;
import org.probation.analytics.funnel.FunnelPoint;
import org.probation.analytics.funnel.FunnelQuestion;
import org.probation.analytics.funnel.FunnelService;

/** One question's percent against n for every provider of a framework, with 90% and 99.8% limits around the pooled mean. */
@Route("funnel")
@PageTitle("Funnel plot")
@Menu(title = "Funnel plot", order = 6)
@AnonymousAllowed
public class FunnelView extends VerticalLayout implements BeforeEnterObserver {

    private final FunnelService service;
    private final List<FunnelFramework> frameworks;
    private final Select<String> framework = new Select<>();
    private final ComboBox<FunnelQuestion> question = new ComboBox<>("Question (key question or prompt, all cases)");
    private final Paragraph caption = new Paragraph();
    private final LinkBanner banner = new LinkBanner("funnel-banner");
    private final FunnelChart chart = new FunnelChart();
    private final Grid<FunnelPoint> grid = new Grid<>(FunnelPoint.class, false);
    private final VerticalLayout working = new VerticalLayout();
    private final Pre rSnippet = new Pre();
    private Funnel funnel;
    private boolean entering;

    public FunnelView(FunnelService service) {
        this.service = service;
        this.frameworks = service.frameworks();
        setWidthFull();
        configureFilters();
        configureGrid();
        caption.setId("funnel-caption");
        working.setId("funnel-working");
        working.setPadding(false);
        rSnippet.setId("funnel-r");
        chart.addChartClickListener(e -> {
            if (!e.itemId().isEmpty()) {
                getUI().ifPresent(ui -> ui.navigate("inspections/" + e.itemId()));
            }
        });
        Button png = new Button(
                "Download PNG",
                e -> chart.downloadPng(
                        EChart.fileName(
                                "funnel",
                                framework.getValue(),
                                question.getValue() == null
                                        ? null
                                        : question.getValue().code()),
                        "Funnel plot: "
                                + (question.getValue() == null
                                        ? ""
                                        : question.getValue().code() + " "
                                                + question.getValue().text())
                                + "\n" + caption.getText() + "\nDrawn " + java.time.LocalDate.now()));
        TableDownload<FunnelPoint> csv =
                new TableDownload<>("funnel", FunnelPoint.class, () -> funnel == null ? List.of() : funnel.points());
        HorizontalLayout exports = new HorizontalLayout(png, csv);
        exports.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout filters = new HorizontalLayout(framework, question);
        filters.setWidthFull();
        filters.setFlexGrow(1, question);
        add(
                new H2("Funnel plot: providers against the pooled mean"),
                banner,
                filters,
                caption,
                exports,
                chart.tableAlternative(grid),
                new H3("The same providers as a table"),
                grid,
                new Details("Show working: pooled mean, limits and estimated counts", working, rSnippet));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        entering = true;
        String code = UrlState.get(query, "framework")
                .filter(f -> frameworks.stream().anyMatch(x -> x.code().equals(f)))
                .orElse(frameworks.isEmpty() ? null : frameworks.getFirst().code());
        framework.setValue(code);
        loadQuestions(UrlState.get(query, "question").orElse(null));
        entering = false;
        banner.check()
                .oneOf(
                        query,
                        "framework",
                        frameworks.stream().map(FunnelFramework::code).toList(),
                        "not a framework with inspections",
                        code == null ? "nothing is shown" : code + " is shown")
                .check(
                        query,
                        "question",
                        q -> question.getValue() != null
                                && q.equals(question.getValue().code()),
                        "not a question of " + code,
                        question.getValue() == null
                                ? "none is shown"
                                : question.getValue().code() + " is shown")
                .show();
        show();
    }

    private void configureFilters() {
        Map<String, String> names = new LinkedHashMap<>();
        frameworks.forEach(f -> names.put(f.code(), f.name()));
        framework.setLabel("Framework");
        framework.setId("funnel-framework");
        framework.setWidth("18rem");
        framework.setItems(names.keySet());
        framework.setItemLabelGenerator(c -> names.getOrDefault(c, c));
        framework.addValueChangeListener(e -> {
            if (!entering) {
                entering = true;
                loadQuestions(null);
                entering = false;
                changed();
            }
        });
        question.setId("funnel-question");
        question.setItemLabelGenerator(FunnelQuestion::label);
        question.setWidthFull();
        question.addValueChangeListener(e -> {
            if (!entering && e.getValue() != null) {
                changed();
            }
        });
    }

    /** Fills the question list of the chosen framework and selects {@code wanted}, or the default question. */
    private void loadQuestions(String wanted) {
        List<FunnelQuestion> questions =
                framework.getValue() == null ? List.of() : service.questions(framework.getValue());
        question.setItems(questions);
        Optional<String> code = Optional.ofNullable(wanted)
                .filter(w -> questions.stream().anyMatch(q -> q.code().equals(w)))
                .or(() -> service.defaultQuestion(questions));
        question.setValue(code.flatMap(
                        c -> questions.stream().filter(q -> q.code().equals(c)).findFirst())
                .orElse(null));
    }

    private void changed() {
        banner.setVisible(false);
        show();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("framework", framework.getValue());
        params.put(
                "question",
                question.getValue() == null ? null : question.getValue().code());
        UrlState.replace(this, "funnel", params);
    }

    private void show() {
        if (framework.getValue() == null || question.getValue() == null) {
            caption.setText("No question with a published result in this framework.");
            funnel = null;
            grid.setItems(List.of());
            return;
        }
        funnel = service.funnel(framework.getValue(), question.getValue().code());
        int plotted = funnel.plotted().size();
        caption.setText(plotted + (plotted == 1 ? " provider" : " providers") + " plotted for "
                + funnel.question().code()
                + " (all cases)"
                + (funnel.pooledPercent() == null
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                ", pooled mean %.1f%% (%d/%d)",
                                funnel.pooledPercent(),
                                funnel.pooledX(),
                                funnel.pooledN()))
                + ". " + funnel.estimatedCount() + " with an estimated count, marked by a hollow symbol and"
                + " '(estimated)'; " + funnel.unknownCount() + " with an unknown count, not plotted. "
                + "Select a point, or a provider in the table, to open the inspection.");
        chart.show(funnel);
        grid.setItems(funnel.points());
        working.removeAll();
        funnel.working().forEach(text -> working.add(new Paragraph(text)));
        rSnippet.setText(funnel.rSnippet().isEmpty() ? "" : "# The same limits in R\n" + funnel.rSnippet());
    }

    private void configureGrid() {
        grid.setId("funnel-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(p -> new Anchor("inspections/" + p.inspectionId(), p.provider()))
                .setHeader("Provider")
                .setWidth("12rem")
                .setFlexGrow(1)
                .setFrozen(true);
        grid.addColumn(FunnelPoint::year).setHeader("Year").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.x() == null ? "" : (p.estimated() ? "≈" : "") + p.x())
                .setHeader("x")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> p.n() == null ? "" : String.valueOf(p.n()))
                .setHeader("n")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> p.percent() == null ? "" : pct(p.percent()))
                .setHeader("100·x/n")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> pct(p.percentPrinted()))
                .setHeader("Printed")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> p.countKind().code())
                .setHeader("Count")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> p.lower90() == null ? "" : range(p.lower90(), p.upper90()))
                .setHeader("90% limits at n")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> p.lower99_8() == null ? "" : range(p.lower99_8(), p.upper99_8()))
                .setHeader("99.8% limits at n")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> outside(p, p.outside90(), p.upper90()))
                .setHeader("Outside 90%")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> outside(p, p.outside99_8(), p.upper99_8()))
                .setHeader("Outside 99.8%")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> p.overReadings() == null ? "" : p.overReadings())
                .setHeader("Under every consistent count")
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    /** "Yes (above)", "Yes (below)" or "No"; empty when not plotted. */
    private static String outside(FunnelPoint p, Boolean outside, Double upper) {
        return outside == null ? "" : !outside ? "No" : p.percent() > upper ? "Yes (above)" : "Yes (below)";
    }

    private static String range(double low, double high) {
        return String.format(Locale.ROOT, "%.1f–%.1f%%", low, high);
    }

    private static String pct(double percent) {
        return Format.percent(percent);
    }
}
