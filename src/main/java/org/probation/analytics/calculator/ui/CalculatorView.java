package org.probation.analytics.calculator.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.probation.analytics.base.Format;
import org.probation.analytics.base.ui.TableDownload;
import org.probation.analytics.calculator.Calculation;
import org.probation.analytics.calculator.CalculatorService;

/** Two proportions compared the inspectorate's way, every figure explained; the inputs live in the URL. */
@Route("calculator")
@PageTitle("Significance calculator")
@Menu(title = "Calculator", order = 90)
@AnonymousAllowed
public class CalculatorView extends VerticalLayout implements BeforeEnterObserver {

    /** One labelled figure of the answer. */
    public record Figure(String name, String value) {}

    private final CalculatorService service;
    private final IntegerField x1 = count("A: yes (x1)");
    private final IntegerField n1 = count("A: cases (n1)");
    private final IntegerField x2 = count("B: yes (x2)");
    private final IntegerField n2 = count("B: cases (n2)");
    private final NumberField alpha = number("Significance level α", 0.1);
    private final NumberField level = number("Interval level", 0.9);
    private final Paragraph verdict = new Paragraph();
    private final Grid<Figure> figures = new Grid<>(Figure.class, false);
    private final Pre working = new Pre();
    private final Pre rSnippet = new Pre();
    private List<Figure> shown = List.of();

    public CalculatorView(CalculatorService service) {
        this.service = service;
        Button calculate = new Button("Calculate", e -> calculate(true));
        calculate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        calculate.addClickShortcut(Key.ENTER);
        verdict.setId("calculator-verdict");
        figures.setId("calculator-figures");
        figures.addColumn(Figure::name).setHeader("Figure");
        figures.addColumn(Figure::value).setHeader("Value");
        figures.setAllRowsVisible(true);
        working.setId("calculator-working");
        FormLayout form = new FormLayout(x1, n1, x2, n2, alpha, level);
        TableDownload<Figure> csv = new TableDownload<>("significance-calculation", Figure.class, () -> shown);
        csv.csv().setId("calculator-csv");
        csv.excel().setId("calculator-excel");
        add(
                new H2("Is the difference between two results significant?"),
                form,
                calculate,
                verdict,
                figures,
                csv,
                new Details("Show working", working),
                new Details("Reproduce in R", rSnippet));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        setInt(x1, q, "x1");
        setInt(n1, q, "n1");
        setInt(x2, q, "x2");
        setInt(n2, q, "n2");
        setDouble(alpha, q, "alpha");
        setDouble(level, q, "level");
        if (x1.getValue() != null && n1.getValue() != null && x2.getValue() != null && n2.getValue() != null) {
            calculate(false);
        }
    }

    private void calculate(boolean updateUrl) {
        if (x1.getValue() == null
                || n1.getValue() == null
                || x2.getValue() == null
                || n2.getValue() == null
                || alpha.getValue() == null
                || level.getValue() == null) {
            verdict.setText("Enter both counts and both sample sizes.");
            return;
        }
        try {
            Calculation c = service.twoProportions(
                    x1.getValue(), n1.getValue(), x2.getValue(), n2.getValue(), alpha.getValue(), level.getValue());
            show(c);
            if (updateUrl) {
                getUI().ifPresent(ui -> ui.getPage()
                        .getHistory()
                        .replaceState(
                                null,
                                "calculator?"
                                        + QueryParameters.simple(Map.of(
                                                        "x1",
                                                        "" + c.x1(),
                                                        "n1",
                                                        "" + c.n1(),
                                                        "x2",
                                                        "" + c.x2(),
                                                        "n2",
                                                        "" + c.n2(),
                                                        "alpha",
                                                        "" + c.alpha(),
                                                        "level",
                                                        "" + c.level()))
                                                .getQueryString()));
            }
        } catch (IllegalArgumentException e) {
            verdict.setText("Cannot calculate: " + e.getMessage());
            shown = List.of();
            figures.setItems(shown);
        }
    }

    private void show(Calculation c) {
        verdict.setText(
                c.z() == null
                        ? "Not tested: " + c.notTestedReason() + "."
                        : (c.significant() ? "Significant" : "Not significant") + " at α = " + c.alpha()
                                + " (pooled two-proportion z-test, two-sided)"
                                + (c.uncertain() ? "; uncertain: see Fisher's p." : "."));
        List<Figure> rows = new ArrayList<>(List.of(
                new Figure("A", pct(c.p1()) + " (" + c.x1() + "/" + c.n1() + ")"),
                new Figure("B", pct(c.p2()) + " (" + c.x2() + "/" + c.n2() + ")"),
                new Figure("Difference A − B", points(c.diff())),
                new Figure("z", c.z() == null ? "not tested" : f("%.4f", c.z())),
                new Figure("p (two-sided)", c.p() == null ? "not tested" : f("%.4g", c.p())),
                new Figure("Test used", c.test()),
                new Figure("Fisher's exact p", c.fisherP() == null ? "—" : f("%.4g", c.fisherP())),
                new Figure("Wilson interval A", pct(c.ciLowA()) + " to " + pct(c.ciHighA())),
                new Figure("Wilson interval B", pct(c.ciLowB()) + " to " + pct(c.ciHighB())),
                new Figure("Newcombe interval A − B", points(c.diffCiLow()) + " to " + points(c.diffCiHigh())),
                new Figure("Cohen's h", f("%.3f", c.h())),
                new Figure("Minimum detectable difference (80% power)", c.mdd() == null ? "—" : points(c.mdd()))));
        rows.add(new Figure("Significance level α", "" + c.alpha()));
        rows.add(new Figure("Interval level", "" + c.level()));
        rows.add(new Figure("Verdict", verdict.getText()));
        shown = List.copyOf(rows);
        figures.setItems(shown);
        working.setText(c.working());
        rSnippet.setText(c.rSnippet());
    }

    private static String pct(double p) {
        return f("%.1f%%", 100 * p);
    }

    private static String points(double d) {
        // the minus sign as every view prints it (and a spreadsheet reads the cell as text, not a formula)
        return f("%+.1f points", 100 * d).replace('-', '−');
    }

    private static String f(String format, Object... args) {
        return Format.f(format, args);
    }

    private static IntegerField count(String label) {
        IntegerField field = new IntegerField(label);
        field.setMin(0);
        field.setStepButtonsVisible(true);
        return field;
    }

    private static NumberField number(String label, double value) {
        NumberField field = new NumberField(label);
        field.setValue(value);
        field.setStep(0.01);
        return field;
    }

    private static void setInt(IntegerField field, Map<String, List<String>> q, String name) {
        if (q.containsKey(name)) {
            try {
                field.setValue(org.probation.analytics.base.Numbers.whole(
                        name, q.get(name).getFirst()));
            } catch (IllegalArgumentException e) {
                field.clear();
            }
        }
    }

    private static void setDouble(NumberField field, Map<String, List<String>> q, String name) {
        if (q.containsKey(name)) {
            try {
                field.setValue(org.probation.analytics.base.Numbers.decimal(
                        name, q.get(name).getFirst()));
            } catch (IllegalArgumentException e) {
                field.clear();
            }
        }
    }
}
