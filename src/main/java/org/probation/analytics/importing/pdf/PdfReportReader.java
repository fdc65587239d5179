package org.probation.analytics.importing.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.probation.analytics.importing.ImportException;

/**
 * Reads a report's PDF into the text the report parser reads, keeping the page and line of each text line. Refused,
 * with the reason: a file that is not a PDF or is damaged, an encrypted PDF, a scanned (image-only) PDF, a PDF with
 * no text. Pages that are images among pages of text are read as far as they go and listed as limits.
 */
public final class PdfReportReader {

    /** A page with fewer printed characters than this, and an image, is taken for a scanned page. */
    static final int SCANNED_PAGE_CHARS = 20;

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
                throw new ImportException(fileName + ": the PDF is encrypted (its owner restricted it); "
                        + "save an unencrypted copy and import that");
            }
            return read(PageGlyphs.read(doc), fileName);
        } catch (InvalidPasswordException e) {
            throw new ImportException(fileName + ": the PDF is encrypted with a password; it cannot be read");
        } catch (IOException e) {
            throw new ImportException(fileName + ": not a readable PDF (" + e.getMessage() + ")");
        }
    }

    private static PdfText read(List<PageGlyphs.Page> pages, String fileName) {
        if (pages.isEmpty()) {
            throw new ImportException(fileName + ": the PDF has no pages");
        }
        List<String> limits = new ArrayList<>();
        List<Integer> scanned = new ArrayList<>();
        int textPages = 0;
        List<List<PhysicalLine>> lines = new ArrayList<>();
        for (PageGlyphs.Page page : pages) {
            long chars = page.glyphs().stream().filter(g -> !g.isSpace()).count();
            if (chars < SCANNED_PAGE_CHARS && page.images() > 0) {
                scanned.add(page.number());
            }
            textPages += chars >= SCANNED_PAGE_CHARS ? 1 : 0;
            lines.add(LineBuilder.lines(page));
        }
        if (textPages == 0) {
            throw new ImportException(fileName
                    + (scanned.isEmpty()
                            ? ": the PDF has no text to read (" + pages.size() + " pages without printed characters)"
                            : ": the PDF is scanned: its " + pages.size() + " pages are images with no text layer;"
                                    + " run it through text recognition (OCR) first, or import the report's text"));
        }
        if (!scanned.isEmpty()) {
            limits.add(
                    "page" + (scanned.size() > 1 ? "s " : " ") + list(scanned) + (scanned.size() > 1 ? " are" : " is")
                            + " an image with no text (scanned?): nothing on " + (scanned.size() > 1 ? "them" : "it")
                            + " is read");
        }
        int[] dropped = {0};
        List<PhysicalLine> kept = new ArrayList<>();
        PageFurniture.strip(pages, lines, dropped).forEach(kept::addAll);
        if (kept.isEmpty()) {
            throw new ImportException(fileName + ": the PDF has no text to read besides page headers and numbers");
        }
        return TextAssembler.assemble(kept, pages.size(), limits);
    }

    private static String list(List<Integer> pages) {
        List<String> s = pages.stream().limit(20).map(String::valueOf).toList();
        return String.join(", ", s) + (pages.size() > 20 ? " and " + (pages.size() - 20) + " more" : "");
    }
}
