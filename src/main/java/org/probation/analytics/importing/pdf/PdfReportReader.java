package org.probation.analytics.importing.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.probation.analytics.importing.ImportException;

/**
 * Reads a report's PDF into the text the report parser reads. Refused, with the reason: a file that is not a
 * PDF, an encrypted PDF, a scanned (image-only) PDF, a PDF with no text.
 */
public final class PdfReportReader {

    private PdfReportReader() {}

    /** True when the bytes start as a PDF does ({@code %PDF-}), whatever the file is called. */
    public static boolean isPdf(byte[] bytes) {
        return bytes.length >= 5
                && bytes[0] == '%'
                && bytes[1] == 'P'
                && bytes[2] == 'D'
                && bytes[3] == 'F'
                && bytes[4] == '-';
    }

    /** @throws ImportException naming the file and why it cannot be read */
    public static PdfText read(byte[] bytes, String fileName) {
        if (!isPdf(bytes)) {
            throw new ImportException(fileName + ": not a PDF (it does not begin with '%PDF-')");
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted()) {
                throw new ImportException(
                        fileName + ": the PDF is encrypted; save an unencrypted copy and import that");
            }
            String text = new PDFTextStripper().getText(doc);
            List<PdfLine> sources = new ArrayList<>();
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                sources.add(new PdfLine(1, i + 1));
            }
            return new PdfText(text, sources, doc.getNumberOfPages(), List.of());
        } catch (InvalidPasswordException e) {
            throw new ImportException(fileName + ": the PDF is encrypted with a password; it cannot be read");
        } catch (IOException e) {
            throw new ImportException(fileName + ": not a readable PDF (" + e.getMessage() + ")");
        }
    }
}
