package org.probation.analytics.inspection;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.probation.analytics.KaribuTest;
import org.probation.analytics.base.ui.CsvDownload;

class InspectionCsvDownloadTest extends KaribuTest {

    @Test
    void the_inspection_tables_download_as_csv_ratings_results_and_flags() {
        UI.getCurrent().navigate("inspections/somerset-2023");
        @SuppressWarnings("rawtypes")
        List<CsvDownload> downloads = _find(CsvDownload.class);
        assertThat(downloads).hasSize(3);

        List<String> ratings = csv(downloads.get(0));
        assertThat(ratings.getFirst()).startsWith("standardCode,standardTitle,standardName,publishedRating,ruleRating");
        assertThat(ratings).hasSize(1 + 1);
        List<String> results = csv(downloads.get(1));
        assertThat(results.getFirst())
                .startsWith("standardCode,questionCode,level,question,questionAsPrinted,subsample");
        // the estimate is exported as an estimate, apart from the stated counts
        assertThat(results)
                .anyMatch(line -> line.startsWith("2.2,2.2.3,key_question,")
                        && line.contains(",all,")
                        && line.contains(",estimated,13,42,"));
        List<String> flags = csv(downloads.get(2));
        assertThat(flags.getFirst()).isEqualTo("inspectionId,rule,item,subsample,reason,source");
        assertThat(flags).hasSize(1 + 1);
    }

    @Test
    void the_inspections_grid_downloads_as_csv() {
        UI.getCurrent().navigate("");

        List<String> lines = csv(_find(CsvDownload.class).getFirst());

        assertThat(lines.getFirst()).startsWith("id,provider,providerId,providerType");
        assertThat(lines).hasSize(2).anyMatch(line -> line.startsWith("somerset-2023,"));
    }

    private static List<String> csv(CsvDownload<?> download) {
        return new String(DownloadKt._download(download), StandardCharsets.UTF_8)
                .lines()
                .toList();
    }
}
