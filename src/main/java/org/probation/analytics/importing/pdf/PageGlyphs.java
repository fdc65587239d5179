package org.probation.analytics.importing.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Every character of every page with its place, size and weight, read by PDFBox; and the images each page holds. */
final class PageGlyphs extends PDFTextStripper {

    /** One page: its size, its characters in content order, the images in its resources. */
    record Page(int number, float width, float height, List<Glyph> glyphs, int images) {}

    private final List<Page> pages = new ArrayList<>();
    private List<Glyph> current = new ArrayList<>();

    private PageGlyphs() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    static List<Page> read(PDDocument doc) throws IOException {
        PageGlyphs reader = new PageGlyphs();
        reader.getText(doc);
        return reader.pages;
    }

    @Override
    protected void startPage(PDPage page) {
        current = new ArrayList<>();
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String text = t.getUnicode();
        if (text == null || text.isEmpty()) {
            return;
        }
        float size = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : t.getHeightDir();
        current.add(
                new Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size, bold(t.getFont()), text, false));
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        var box = page.getCropBox();
        pages.add(new Page(pages.size() + 1, box.getWidth(), box.getHeight(), current, images(page.getResources(), 0)));
    }

    private static boolean bold(PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(java.util.Locale.ROOT);
        if (name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semibold")) {
            return true;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
    }

    /** Images in a page's resources, and in the forms it draws (two levels down: enough for scanned pages). */
    private static int images(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 2) {
            return 0;
        }
        int n = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                n++;
            } else if (x instanceof PDFormXObject form) {
                n += images(form.getResources(), depth + 1);
            }
        }
        return n;
    }
}
