package org.probation.analytics.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;
import org.probation.analytics.base.export.About;
import org.probation.analytics.base.export.Provenance;
import org.probation.analytics.base.export.Workbook;

/**
 * A "Download Excel" link for a table: the rows of its CSV as a workbook (the same columns, numbers
 * as numbers, an About sheet with the source, the data version and the view's permalink).
 */
public class ExcelDownload<T> extends Anchor {

    /** @param fileName the file's name (without ".xlsx"), the same as the CSV's */
    public ExcelDownload(Supplier<String> fileName, Class<T> type, Supplier<List<T>> rows) {
        super(
                DownloadHandler.fromInputStream(event -> {
                    String name = fileName.get();
                    About about = Instantiator.get(event.getUI())
                            .getOrCreate(Provenance.class)
                            .about(name, null, Permalink.of(event.getUI(), event.getRequest()));
                    byte[] book = Workbook.of(rows.get(), type, about);
                    return new DownloadResponse(
                            new ByteArrayInputStream(book), name + ".xlsx", Workbook.MEDIA_TYPE, book.length);
                }),
                "Download Excel");
        getElement().setAttribute("download", true);
        addClassName("excel-download");
    }
}
