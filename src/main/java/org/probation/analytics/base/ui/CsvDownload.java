package org.probation.analytics.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.probation.analytics.base.Csv;

/** A "Download CSV" link for a table: the rows the view shows, as records, with a header row. */
public class CsvDownload<T> extends Anchor {

    public CsvDownload(String fileName, Class<T> type, Supplier<List<T>> rows) {
        this(() -> fileName, type, rows);
    }

    /** @param fileName the file's name (without ".csv") when it is downloaded: a view names it after its state */
    public CsvDownload(Supplier<String> fileName, Class<T> type, Supplier<List<T>> rows) {
        super(
                DownloadHandler.fromInputStream(event -> {
                    byte[] csv = Csv.of(rows.get(), type).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(csv), fileName.get() + ".csv", "text/csv", csv.length);
                }),
                "Download CSV");
        getElement().setAttribute("download", true);
        addClassName("csv-download");
    }
}
