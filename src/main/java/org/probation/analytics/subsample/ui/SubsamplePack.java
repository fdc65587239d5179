package org.probation.analytics.subsample.ui;

import java.util.List;
import org.probation.analytics.base.export.AnalysisPack;
import org.probation.analytics.base.ui.PackDownload;
import org.probation.analytics.comparison.RowWorking;
import org.probation.analytics.comparison.ui.PackWorking;
import org.probation.analytics.subsample.SubsampleFigure;
import org.probation.analytics.subsample.SubsampleProfile;
import org.probation.analytics.subsample.SubsampleService;

/** The Sub-samples view's analysis pack: the figures and the contrast, the chart, the working of every contrast row. */
final class SubsamplePack {

    private SubsamplePack() {}

    /**
     * @param name the pack's name: the view and its state, as its CSV files' names encode it
     * @param heading the pair in words ("Community − Licence: …", the view's headline)
     */
    static PackDownload.Contents of(
            SubsampleProfile profile,
            String name,
            String inspection,
            String heading,
            SubsampleChart chart,
            String chartTitle,
            SubsampleService service) {
        if (profile == null || profile.filter().inspection() == null) {
            throw new AnalysisPack.Refused("choose an inspection first");
        }
        if (profile.figures().isEmpty()) {
            throw new AnalysisPack.Refused("this inspection publishes no figures for the questions chosen"
                    + (profile.note() == null ? "" : " (" + profile.note() + ")"));
        }
        return new PackDownload.Contents(
                name,
                "Sub-samples of " + inspection + ": " + heading,
                List.of(new PackDownload.Chart(chart, name, chartTitle)),
                pack -> {
                    pack.table(
                            name.replaceFirst("^subsamples", "subsample-figures"),
                            "Figures",
                            "each sub-sample's published figures, as the chart shows them",
                            profile.figures(),
                            SubsampleFigure.class);
                    pack.table(
                            name.replaceFirst("^subsamples", "subsample-contrast"),
                            "Contrast",
                            "the contrast A − B, question by question",
                            profile.contrast(),
                            org.probation.analytics.comparison.ComparisonRow.class);
                    PackWorking.add(pack, "Sub-samples of " + inspection + ": " + heading, profile.contrast(), row -> {
                        SubsampleService.Working w = service.working(row);
                        return new RowWorking.Text(w.text(), w.rSnippet());
                    });
                });
    }
}
