package org.probation.analytics.changes.ui;

import java.util.List;
import org.probation.analytics.base.export.AnalysisPack;
import org.probation.analytics.base.ui.EChart;
import org.probation.analytics.base.ui.PackDownload;
import org.probation.analytics.calculator.CalculatorService;
import org.probation.analytics.changes.Change;
import org.probation.analytics.changes.ChangeReport;
import org.probation.analytics.comparison.Figures;
import org.probation.analytics.comparison.RowWorking;
import org.probation.analytics.comparison.ui.PackWorking;

/** The Changes view's analysis pack: every change listed, the chart and the working of each change. */
final class ChangesPack {

    private ChangesPack() {}

    /** @param alpha the α the view's field holds now (null or outside (0, 1) when the field is invalid) */
    static PackDownload.Contents of(
            ChangeReport report, Double alpha, ChangesChart chart, String chartTitle, CalculatorService calculator) {
        if (alpha == null || !(alpha > 0 && alpha < 1)) {
            throw new AnalysisPack.Refused("α must be a number strictly between 0 and 1, not " + alpha);
        }
        if (report == null || report.alpha() != alpha) {
            throw new AnalysisPack.Refused("the changes at α = " + Figures.alpha(alpha) + " are not shown yet");
        }
        if (report.changes().isEmpty()) {
            throw new AnalysisPack.Refused("no change is listed at α = " + Figures.alpha(alpha) + " ("
                    + ChangesView.emptyExplanation(report) + ")");
        }
        String state = Figures.alpha(alpha);
        String name = EChart.fileName("changes", "alpha", state);
        String heading = "Significant changes between successive inspections, α = " + state;
        return new PackDownload.Contents(
                name,
                heading + ": " + ChangesView.headline(report),
                List.of(new PackDownload.Chart(chart, name, chartTitle)),
                pack -> {
                    pack.table(
                            EChart.fileName("significant-changes", "alpha", state),
                            "Changes",
                            "every change listed, as the table shows it",
                            report.changes(),
                            Change.class);
                    PackWorking.add(
                            pack,
                            heading,
                            report.changes(),
                            c -> c.pair() + ": " + c.row().questionCode() + "  "
                                    + c.row().question(),
                            c -> RowWorking.of(
                                    c.row(),
                                    report.alpha(),
                                    "significant (p < " + state + ")",
                                    RowWorking.calculate(calculator, c.row(), report.alpha())));
                });
    }
}
