package org.probation.analytics.base.export;

import java.time.Instant;
import org.probation.analytics.base.DataVersion;
import org.probation.analytics.base.SyntheticDataService;
import org.springframework.stereotype.Component;

/** What an export says about where its figures come from: the source in words and the data version now. */
@Component
public class Provenance {

    /** Where every figure comes from, as the app knows it (README: The data and its provenance). */
    public static final String SOURCE =
            "Published HM Inspectorate of Probation inspection reports, every figure copied as "
                    + "printed with its report's file and line (the app's datasets/ folder: the seed reports under the Open "
                    + "Government Licence, the reference list of regions and PDUs, the frameworks) and any inspections imported "
                    + "since. Counts a report does not state are estimated from its printed percents and marked 'estimated'.";

    private static final String SYNTHETIC =
            " This server has SYNTHETIC (generated) inspections loaded: they are not " + "real inspections.";

    private final DataVersion version;
    private final SyntheticDataService synthetic;

    Provenance(DataVersion version, SyntheticDataService synthetic) {
        this.version = version;
        this.synthetic = synthetic;
    }

    /**
     * @param title what the export shows
     * @param detail which figures, in words (an inspection, a comparison), put before the general source; may be null
     * @param permalink the view's or API's URL that shows the same figures
     */
    public About about(String title, String detail, String permalink) {
        String source = (detail == null || detail.isBlank() ? "" : detail.strip() + " ")
                + SOURCE
                + (synthetic.isSyntheticDataLoaded() ? SYNTHETIC : "");
        return new About(title, source, version.current(), permalink, Instant.now());
    }
}
