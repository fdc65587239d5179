package org.probation.analytics.importing.ui;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.probation.analytics.importing.ImportBundle;
import org.probation.analytics.importing.ImportException;
import org.probation.analytics.importing.ImportFile;
import org.probation.analytics.importing.ImportPreview;
import org.probation.analytics.importing.ImportService;
import org.probation.analytics.importing.pdf.PdfReportReader;

/**
 * What the analyst has given the import view (uploaded files, a pasted text) and which import it
 * is: a report's text for the parser, or the inspection's CSV files; a text whose first line is
 * {@code # file: NAME} is a bundle of CSV files, whether uploaded or pasted.
 */
public final class ImportInput {

    /** The source file recorded for the rows of a pasted report. */
    static final String PASTED = "pasted-report.txt";

    /** The import a preview runs. */
    public sealed interface Request {}

    public record Report(String text, String sourceFile) implements Request {}

    /** A report's PDF, read by its content ({@code %PDF-}), whatever its name. */
    public record Pdf(byte[] bytes, String fileName) implements Request {}

    public record CsvFiles(List<ImportFile> files) implements Request {}

    /** Nothing can be previewed, for these reasons. */
    public record Refused(List<String> errors) implements Request {}

    private final Map<String, byte[]> uploads = new LinkedHashMap<>();

    /** A file as uploaded; a second file of the same name replaces the first. */
    public void addUpload(String fileName, byte[] bytes) {
        uploads.remove(fileName);
        uploads.put(fileName, bytes);
    }

    public void removeUpload(String fileName) {
        uploads.remove(fileName);
    }

    public void clearUploads() {
        uploads.clear();
    }

    public List<String> uploadNames() {
        return List.copyOf(uploads.keySet());
    }

    /** The import the uploads and the pasted text make, or why they make none. */
    public Request request(String pasted) {
        boolean hasText = pasted != null && !pasted.isBlank();
        if (uploads.isEmpty() && !hasText) {
            return new Refused(List.of("nothing to preview: upload the inspection's CSV files or a report's text, "
                    + "or paste a report's text"));
        }
        if (!uploads.isEmpty() && hasText) {
            return new Refused(List.of("both a pasted text and uploaded files: clear the text or remove the files, "
                    + "then preview again"));
        }
        if (hasText) {
            long bytes = pasted.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > ImportService.MAX_BYTES) {
                return new Refused(List.of(PASTED + ": " + tooLarge(bytes)));
            }
            return isBundle(pasted) ? bundle(PASTED, pasted) : new Report(pasted, PASTED);
        }
        return fromUploads();
    }

    /** The preview of {@link #request}: the service's, or a refusal in the same shape (nothing to commit). */
    public ImportPreview preview(ImportService service, String pasted) {
        return preview(service, pasted, null);
    }

    /** As {@link #preview(ImportService, String)}, a report with the provider the analyst chose (null: none). */
    public ImportPreview preview(ImportService service, String pasted, String providerId) {
        return switch (request(pasted)) {
            case Report r -> service.previewReport(r.text(), r.sourceFile(), providerId);
            case Pdf p -> service.previewPdf(p.bytes(), p.fileName(), providerId);
            case CsvFiles c -> service.preview(c.files());
            case Refused r -> refused(r.errors());
        };
    }

    static ImportPreview refused(List<String> errors) {
        return new ImportPreview(null, null, false, null, List.of(), List.of(), errors);
    }

    private Request fromUploads() {
        List<String> errors = new ArrayList<>();
        List<ImportFile> csv = new ArrayList<>();
        List<Request> reports = new ArrayList<>();
        uploads.forEach((name, bytes) -> {
            if (bytes.length > ImportService.MAX_BYTES) {
                errors.add(name + ": " + tooLarge(bytes.length));
                return;
            }
            if (PdfReportReader.isPdf(bytes)) {
                reports.add(new Pdf(bytes, name));
                return;
            }
            try {
                String text = ImportBundle.decode(bytes); // without a byte-order mark, line endings as LF
                if (isBundle(text)) {
                    csv.addAll(ImportBundle.split(text.stripLeading()));
                } else if (name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
                    reports.add(new Report(text, name));
                } else {
                    csv.add(new ImportFile(name, text));
                }
            } catch (ImportException e) {
                errors.add(name + ": " + e.getMessage());
            }
        });
        if (!reports.isEmpty() && uploads.size() > 1) {
            String first =
                    reports.getFirst() instanceof Report r ? r.sourceFile() : ((Pdf) reports.getFirst()).fileName();
            errors.add(first + ": a report's " + (reports.getFirst() instanceof Pdf ? "PDF" : "text")
                    + " is imported on its own; remove the other files, or import them together from "
                    + "'Import many reports'");
        }
        if (!errors.isEmpty()) {
            return new Refused(errors);
        }
        return reports.isEmpty() ? new CsvFiles(csv) : reports.getFirst();
    }

    private static boolean isBundle(String text) {
        return text.stripLeading().startsWith("# file:");
    }

    private static Request bundle(String name, String text) {
        try {
            return new CsvFiles(ImportBundle.split(text.stripLeading()));
        } catch (ImportException e) {
            return new Refused(List.of(name + ": " + e.getMessage()));
        }
    }

    private static String tooLarge(long bytes) {
        return "the text is " + bytes + " bytes; the limit is " + ImportService.MAX_BYTES;
    }
}
