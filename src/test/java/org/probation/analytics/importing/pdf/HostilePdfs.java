package org.probation.analytics.importing.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * PDFs an import must refuse or report the limits of, made from a typeset seed report (by default Somerset 2023,
 * the shortest, in {@link PdfLayout#PDFBOX_WIDE}).
 */
public final class HostilePdfs {

    public static final String USER_PASSWORD = "user-secret";
    public static final String OWNER_PASSWORD = "owner-secret";
    public static final String BASE_SEED = "004_721eefaac5d4215c.txt";
    private static final int DPI = 100;

    private HostilePdfs() {}

    /** The valid report the others are made from. */
    public static byte[] base() {
        return TestPdfs.of(BASE_SEED, PdfLayout.PDFBOX_WIDE);
    }

    /** (a) AES-256 encrypted with a user password: it does not open without {@link #USER_PASSWORD}. */
    public static byte[] encryptedWithUserPassword() {
        return encrypted(USER_PASSWORD, new AccessPermission());
    }

    /**
     * (b) Encrypted with only an owner password: opens without a password, but may not be changed; with
     * {@code allowCopy} false its text may not be copied either (a permission PDFBox itself does not enforce).
     */
    public static byte[] encryptedWithOwnerPasswordOnly(boolean allowCopy) {
        AccessPermission permissions = new AccessPermission();
        permissions.setCanModify(false);
        permissions.setCanModifyAnnotations(false);
        permissions.setCanAssembleDocument(false);
        permissions.setCanExtractContent(allowCopy);
        return encrypted("", permissions);
    }

    /** (c) A scan: the first two pages of the report as images (lossless, then JPEG), each alone on a page. */
    public static byte[] scanned() {
        try (PDDocument report = Loader.loadPDF(base());
                PDDocument scan = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(report);
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(report.getPage(i).getMediaBox());
                scan.addPage(page);
                imageOnly(scan, page, renderer.renderImageWithDPI(i, DPI), i == 0);
            }
            return save(scan);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** (d) Three A4 pages with neither text nor images: a vector drawing (a bar chart's bars and axes) on the first. */
    public static byte[] noTextNoImages() {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 3; i++) {
                doc.addPage(new PDPage(PDRectangle.A4));
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, doc.getPage(0))) {
                cs.setLineWidth(1);
                cs.moveTo(80, 500);
                cs.lineTo(80, 760);
                cs.moveTo(80, 500);
                cs.lineTo(500, 500);
                cs.stroke();
                float[] bars = {120, 200, 90, 240, 160};
                for (int b = 0; b < bars.length; b++) {
                    cs.setNonStrokingColor(0.2f + b * 0.12f);
                    cs.addRect(100 + b * 80, 500, 50, bars[b]);
                    cs.fill();
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** (e) The first half of the report's bytes: cut off before its cross-reference and trailer. */
    public static byte[] truncated() {
        byte[] pdf = base();
        return Arrays.copyOf(pdf, pdf.length / 2);
    }

    /** (f) Not a PDF at all: a text file. */
    public static byte[] notAPdf() {
        return "An inspection of probation services: Somerset PDU\n\nThis is a text file, not a PDF.\n"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** (g) The report with page {@code page} (1-based) replaced by an image of itself: a partly scanned report. */
    public static byte[] partlyScanned(int page) {
        try (PDDocument doc = Loader.loadPDF(base())) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page - 1, DPI);
            PDPage old = doc.getPage(page - 1);
            PDPage scan = new PDPage(old.getMediaBox());
            doc.getPages().insertBefore(scan, old);
            doc.removePage(old);
            imageOnly(doc, scan, image, true);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void imageOnly(PDDocument doc, PDPage page, BufferedImage image, boolean lossless)
            throws IOException {
        PDImageXObject x =
                lossless ? LosslessFactory.createFromImage(doc, image) : JPEGFactory.createFromImage(doc, image, 0.8f);
        PDRectangle box = page.getMediaBox();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.drawImage(x, 0, 0, box.getWidth(), box.getHeight());
        }
    }

    private static byte[] encrypted(String userPassword, AccessPermission permissions) {
        try (PDDocument doc = Loader.loadPDF(base())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy(OWNER_PASSWORD, userPassword, permissions);
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
