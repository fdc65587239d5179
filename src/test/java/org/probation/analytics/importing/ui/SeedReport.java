package org.probation.analytics.importing.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Imports for the view tests: the Somerset seed report made into a new inspection, and a small CSV
 * import. The seeds are read from {@code ../shared/seeds/} (missing: skipped, or failed with CI=true).
 */
public final class SeedReport {

    static final Path SOMERSET = Path.of("..", "shared", "seeds", "004_721eefaac5d4215c.txt");
    static final String INSPECTION_HEADER = "id,provider_id,framework,title,fieldwork_start,fieldwork_start_precision,"
            + "published,score,max_score,overall_rating,source_file,source_line,notes";
    static final String RESULTS_HEADER =
            "inspection_id,item_code,subsample,percent_printed,percent,yes_count,denominator,"
                    + "marker,marker_meaning,question_as_printed,source_section,source_file,source_line";

    /**
     * Result rows the parser reads from the Somerset report: its 14 table rows. Of the 37 rows of
     * datasets/inspections/somerset-2023/results.csv, 14 have a source line that is a tab-separated table
     * row of the seed; the other 23 were transcribed from prose, which the parser does not read.
     */
    public static final int TABLE_RESULTS = 14;

    private SeedReport() {}

    /** The Somerset report (seed 004) as if it were Devon and Torbay PDU's: a new inspection, devon-and-torbay-2023. */
    public static String devonAndTorbay() {
        if (!Files.exists(SOMERSET)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI=true needs the seed reports beside the clone: " + SOMERSET);
            }
            Assumptions.abort("seed reports not found at " + SOMERSET);
        }
        try {
            // line 67 prints the PDU's name cut by the PDF's layout as "nerset PDU"
            return Files.readString(SOMERSET)
                    .replace("Somerset", "Devon and Torbay")
                    .replace("nerset PDU", "Devon and Torbay PDU");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String inspectionCsv(String id) {
        return INSPECTION_HEADER + "\n" + id + ",devon-and-torbay,pdu-2021,An inspection of Devon and Torbay PDU,"
                + "2023-06-12,day,2023-07,8,27,Requires improvement,report.txt,1,\n";
    }

    /** One result row, key question 2.2.3 for all cases, printed as {@code percent}% with no stated count. */
    static String resultsCsv(String id, String percent) {
        return RESULTS_HEADER + "\n" + id + ",2.2.3,all," + percent + "%," + percent + ",,,,,q,table,report.txt,11\n";
    }
}
