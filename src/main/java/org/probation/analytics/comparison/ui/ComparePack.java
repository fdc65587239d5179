package org.probation.analytics.comparison.ui;

import java.util.List;
import org.probation.analytics.base.export.AnalysisPack;
import org.probation.analytics.base.ui.EChart;
import org.probation.analytics.base.ui.PackDownload;
import org.probation.analytics.calculator.CalculatorService;
import org.probation.analytics.comparison.ComparisonRow;
import org.probation.analytics.comparison.RowWorking;

/** The Compare view's analysis pack: its table, the difference chart and the working of every row shown. */
final class ComparePack {

    private ComparePack() {}

    /**
     * @param why what the view says when it shows nothing (the reason a pack is refused)
     * @param description the comparison in words ("Somerset (2023) against …")
     */
    static PackDownload.Contents of(
            CompareFilter filter,
            List<ComparisonRow> shown,
            String why,
            String description,
            DifferenceChart chart,
            String chartTitle,
            CalculatorService calculator) {
        if (filter.missing() != null) {
            throw new AnalysisPack.Refused("choose " + filter.missing() + " to compare first");
        }
        if (shown.isEmpty()) {
            throw new AnalysisPack.Refused("this comparison shows no figures (" + why + ")");
        }
        String name = EChart.fileName(CompareNames.fileParts(filter));
        return new PackDownload.Contents(
                name,
                "Compare: " + description + "; α = " + filter.alpha() + ", significant: " + filter.rule() + ".",
                List.of(new PackDownload.Chart(chart, name, chartTitle)),
                pack -> {
                    pack.table(
                            name,
                            "Comparison",
                            "every figure of the comparison, as the table shows it",
                            shown,
                            ComparisonRow.class);
                    PackWorking.add(
                            pack,
                            "Compare: " + description,
                            shown,
                            row -> RowWorking.of(
                                    row,
                                    filter.alpha(),
                                    row.p() == null
                                            ? "not tested"
                                            : (filter.adjustment().significant(row)
                                                            ? "significant ("
                                                            : "not significant (")
                                                    + filter.rule() + ")",
                                    RowWorking.calculate(calculator, row, filter.alpha())));
                });
    }
}
