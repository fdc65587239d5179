package org.probation.analytics.importing.batch;

import java.util.ArrayList;
import java.util.List;
import org.probation.analytics.importing.ImportBundle;
import org.probation.analytics.importing.ImportException;
import org.probation.analytics.importing.pdf.PdfReportReader;

/**
 * Turns what the analyst gave (files, zips of files) into the files of a batch, each with its kind told by its
 * content: {@code %PDF-} a PDF, {@code PK} a zip (its files taken out, see {@link ZipReader}), else strict UTF-8
 * text, a CSV bundle when its first line is {@code # file: NAME}, a report's text otherwise.
 */
final class BatchReader {

    /** A file of the batch, with its kind and, for text, the text decoded. */
    record Classified(BatchFile file, EntryKind kind, String text, String refusal) {}

    private BatchReader() {}

    /** Every file, zips replaced by their files (a zip that cannot be read is one refused file naming it). */
    static List<BatchFile> expand(List<BatchFile> given) {
        List<BatchFile> out = new ArrayList<>();
        for (BatchFile f : given) {
            if (f.isRefused() || !ZipReader.isZip(f.bytes())) {
                out.add(f);
            } else if (f.bytes().length > BatchLimits.MAX_ZIP_BYTES) {
                out.add(BatchFile.refused(
                        f.name(),
                        "the zip is " + f.bytes().length + " bytes; the limit is " + BatchLimits.MAX_ZIP_BYTES));
            } else {
                try {
                    out.addAll(ZipReader.read(f.name(), f.bytes()));
                } catch (ImportException e) {
                    out.add(BatchFile.refused(f.name(), withoutName(f.name(), e.getMessage())));
                }
            }
        }
        return out;
    }

    static Classified classify(BatchFile f) {
        if (f.isRefused()) {
            return refused(f, f.refusal());
        }
        byte[] bytes = f.bytes();
        if (bytes.length > BatchLimits.MAX_FILE_BYTES) {
            return refused(f, "the file is " + bytes.length + " bytes; the limit is " + BatchLimits.MAX_FILE_BYTES);
        }
        if (PdfReportReader.isPdf(bytes)) {
            return new Classified(f, EntryKind.PDF, null, null);
        }
        if (ZipReader.isZip(bytes)) {
            return refused(f, "a zip inside the zip is not read: unzip it and add its files");
        }
        String text;
        try {
            text = ImportBundle.decode(bytes);
        } catch (ImportException e) {
            return refused(
                    f, "neither a PDF, a zip nor UTF-8 text: " + e.getMessage().replace("the upload is ", ""));
        }
        if (text.indexOf('\0') >= 0) {
            return refused(f, "a binary file (it holds NUL bytes), neither a PDF, a zip nor a report's text");
        }
        if (text.isBlank()) {
            return refused(f, "the file is empty");
        }
        boolean bundle = text.stripLeading().startsWith("# file:");
        return new Classified(f, bundle ? EntryKind.CSV_BUNDLE : EntryKind.REPORT_TEXT, text, null);
    }

    private static Classified refused(BatchFile f, String reason) {
        return new Classified(f, EntryKind.REFUSED, null, reason);
    }

    private static String withoutName(String name, String message) {
        return message.startsWith(name + ": ") ? message.substring(name.length() + 2) : message;
    }
}
