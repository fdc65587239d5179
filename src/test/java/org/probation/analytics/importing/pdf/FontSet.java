package org.probation.analytics.importing.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The fonts of one typeset document, and which of them prints each character. Regular text: Liberation Sans
 * (the TrueType font inside the PDFBox jar, embedded as a subset). Bold and italic: Helvetica-Bold and
 * Helvetica-Oblique (standard 14, WinAnsi only), falling back to Liberation Sans for what they lack. A character
 * none of them has (the seeds' ☆) is printed with DejaVu Sans when the machine has it; a character no font
 * has fails the typesetting, naming it and its seed line: nothing is silently replaced or dropped.
 */
final class FontSet {

    enum Face {
        REGULAR,
        BOLD,
        ITALIC
    }

    /** A stretch of text printed in one font. */
    record Segment(String text, PDFont font) {}

    static final String LIBERATION = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static final List<Path> DEJAVU = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/TTF/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf"));

    private final PDDocument doc;
    private final PDFont regular;
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    private PDFont dejaVu;
    private boolean dejaVuLooked;
    private final Map<PDFont, Map<Integer, Boolean>> encodable = new HashMap<>();

    FontSet(PDDocument doc) {
        this.doc = doc;
        try (InputStream in = FontSet.class.getResourceAsStream(LIBERATION)) {
            if (in == null) {
                throw new IllegalStateException("the PDFBox jar has no " + LIBERATION);
            }
            regular = PDType0Font.load(doc, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDFont regular() {
        return regular;
    }

    /** The text cut where the font printing it changes. */
    List<Segment> segments(String text, Face face, int seedLine) {
        List<Segment> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        PDFont current = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            PDFont font = fontFor(cp, face, seedLine);
            if (current != null && font != current) {
                out.add(new Segment(run.toString(), current));
                run.setLength(0);
            }
            current = font;
            run.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (current != null) {
            out.add(new Segment(run.toString(), current));
        }
        return out;
    }

    /** The width of {@code text} in points. */
    static float width(PDFont font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDFont fontFor(int cp, Face face, int seedLine) {
        List<PDFont> chain = new ArrayList<>(3);
        switch (face) {
            case BOLD -> chain.add(bold);
            case ITALIC -> chain.add(italic);
            default -> {}
        }
        chain.add(regular);
        for (PDFont f : chain) {
            if (canEncode(f, cp)) {
                return f;
            }
        }
        PDFont fallback = dejaVu();
        if (fallback != null && canEncode(fallback, cp)) {
            return fallback;
        }
        throw new IllegalStateException(String.format(
                "no glyph for U+%04X '%s' (seed line %d) in Liberation Sans, Helvetica%s: cannot typeset it faithfully",
                cp,
                new String(Character.toChars(cp)),
                seedLine,
                fallback == null ? " (and no DejaVu Sans in " + DEJAVU + ")" : " or DejaVu Sans"));
    }

    private boolean canEncode(PDFont font, int cp) {
        return encodable.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(cp, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }

    private PDFont dejaVu() {
        if (!dejaVuLooked) {
            dejaVuLooked = true;
            for (Path p : DEJAVU) {
                if (Files.isRegularFile(p)) {
                    try (InputStream in = Files.newInputStream(p)) {
                        dejaVu = PDType0Font.load(doc, in);
                        break;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return dejaVu;
    }
}
