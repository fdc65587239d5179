package org.probation.analytics.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The bad PDFs are bad in the way they say, and only that way. */
class HostilePdfsTest {

    @Test
    void encryptedWithAUserPasswordDoesNotOpenWithoutIt() throws IOException {
        byte[] pdf = HostilePdfs.encryptedWithUserPassword();

        assertThatThrownBy(() -> Loader.loadPDF(pdf)).isInstanceOf(InvalidPasswordException.class);
        try (PDDocument doc = Loader.loadPDF(pdf, HostilePdfs.USER_PASSWORD)) {
            assertThat(doc.isEncrypted()).isTrue();
            assertThat(text(doc)).contains("Somerset PDU");
        }
    }

    @Test
    void encryptedWithOnlyAnOwnerPasswordOpensButIsRestricted() throws IOException {
        try (PDDocument doc = Loader.loadPDF(HostilePdfs.encryptedWithOwnerPasswordOnly(true))) {
            assertThat(doc.isEncrypted()).isTrue();
            assertThat(doc.getCurrentAccessPermission().canModify()).isFalse();
            assertThat(doc.getCurrentAccessPermission().canExtractContent()).isTrue();
            assertThat(text(doc)).contains("Somerset PDU");
        }
        try (PDDocument doc = Loader.loadPDF(HostilePdfs.encryptedWithOwnerPasswordOnly(false))) {
            assertThat(doc.getCurrentAccessPermission().canExtractContent()).isFalse();
        }
    }

    @Test
    void scannedPagesAreImagesOnly() throws IOException {
        try (PDDocument doc = Loader.loadPDF(HostilePdfs.scanned())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(text(doc)).isBlank();
            for (PDPage page : doc.getPages()) {
                assertThat(images(page)).hasSize(1);
                assertThat(page.getResources().getFontNames()).isEmpty();
            }
            assertThat(images(doc.getPage(0)).getFirst().getWidth())
                    .isEqualTo(826); // A4 (595.28 pt) at 100 dpi, rounded down
        }
    }

    @Test
    void pagesWithNeitherTextNorImages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(HostilePdfs.noTextNoImages())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            assertThat(text(doc)).isBlank();
            for (PDPage page : doc.getPages()) {
                assertThat(images(page)).isEmpty();
            }
            assertThat(doc.getPage(0).getContents().readAllBytes()).isNotEmpty();
        }
    }

    @Test
    void truncatedIsHalfAPdfThatDoesNotLoad() {
        byte[] pdf = HostilePdfs.truncated();

        assertThat(PdfReportReader.isPdf(pdf)).isTrue();
        assertThat(pdf).hasSize(HostilePdfs.base().length / 2);
        assertThatThrownBy(() -> Loader.loadPDF(pdf).close()).isInstanceOf(IOException.class);
    }

    @Test
    void notAPdfIsText() {
        byte[] bytes = HostilePdfs.notAPdf();

        assertThat(PdfReportReader.isPdf(bytes)).isFalse();
        assertThatThrownBy(() -> Loader.loadPDF(bytes).close()).isInstanceOf(IOException.class);
    }

    @Test
    void partlyScannedHasOneImagePageAmongTextPages() throws IOException {
        try (PDDocument base = Loader.loadPDF(HostilePdfs.base());
                PDDocument doc = Loader.loadPDF(HostilePdfs.partlyScanned(3))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(base.getNumberOfPages());
            assertThat(pageText(base, 3)).isNotBlank();
            assertThat(pageText(doc, 3)).isBlank();
            assertThat(images(doc.getPage(2))).hasSize(1);
            for (int p : new int[] {1, 2, 4, base.getNumberOfPages()}) {
                assertThat(pageText(doc, p)).as("page " + p).isEqualTo(pageText(base, p));
                assertThat(images(doc.getPage(p - 1))).isEmpty();
            }
        }
    }

    private static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc);
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    private static List<PDImageXObject> images(PDPage page) throws IOException {
        List<PDImageXObject> out = new ArrayList<>();
        PDResources resources = page.getResources();
        if (resources == null) {
            return out;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                out.add(image);
            }
        }
        return out;
    }
}
