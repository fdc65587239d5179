package org.probation.analytics.base.ui;

import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.Supplier;

/** A table's downloads side by side: "Download CSV" and "Download Excel", of the same rows under the same name. */
public class TableDownload<T> extends HorizontalLayout {

    private final CsvDownload<T> csv;
    private final ExcelDownload<T> excel;

    public TableDownload(String fileName, Class<T> type, Supplier<List<T>> rows) {
        this(() -> fileName, type, rows);
    }

    /** @param fileName the files' name (without ".csv" or ".xlsx"): a view names it after its state */
    public TableDownload(Supplier<String> fileName, Class<T> type, Supplier<List<T>> rows) {
        csv = new CsvDownload<>(fileName, type, rows);
        excel = new ExcelDownload<>(fileName, type, rows);
        setPadding(false);
        setWidth(null);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        addClassName("table-download");
        add(csv, excel);
    }

    /** Names what is downloaded: "Download the figures (CSV)" and "Download the figures (Excel)". */
    public TableDownload<T> named(String what) {
        csv.setText("Download " + what + " (CSV)");
        excel.setText("Download " + what + " (Excel)");
        return this;
    }

    public CsvDownload<T> csv() {
        return csv;
    }

    public ExcelDownload<T> excel() {
        return excel;
    }
}
