package org.probation.analytics.importing.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * Words of a seed and of a PDF, compared. A word is reduced to its letters and digits, lower case, and cut where
 * a digit follows a letter (a footnote marker printed against its word, "cases¹³" or "Good<sup>11</sup>", is a word
 * of its own). Seed lines lose their markup by plain regular expressions here, not by the typesetter's parser.
 * In a PDF, a word hyphenated at a line end ("desist-" / "ance") is joined again; a word too long for a line (an
 * address) and cut without a hyphen is matched by its pieces.
 */
final class PdfWords {

    private static final Pattern TAGS = Pattern.compile("(?i)</?(b|i|u|strong|em)>");
    private static final Pattern SUP = Pattern.compile("(?i)<sup>\\s*(\\d+)\\s*</sup>");
    private static final Pattern LINK_URL = Pattern.compile("\\]\\([^)]*\\)");
    private static final Pattern CUT = Pattern.compile("(?<=\\p{L})(?=\\d)");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private PdfWords() {}

    /** The words of the seed's lines: those outside tables ({@code tables} false) or all of them. */
    static List<String> seed(String seed, boolean tables) {
        List<String> out = new ArrayList<>();
        for (String line : seed.lines().toList()) {
            if (!tables && line.indexOf('\t') >= 0) {
                continue;
            }
            String s = SUP.matcher(line).replaceAll(" $1 ");
            s = TAGS.matcher(s).replaceAll("");
            s = LINK_URL.matcher(s).replaceAll(" ");
            StringBuilder b = new StringBuilder();
            boolean raised = false;
            for (char c : s.toCharArray()) {
                int d = SUPERSCRIPTS.indexOf(c);
                b.append(d >= 0 && !raised ? " " : "").append(d < 0 && raised ? " " : "");
                b.append(d >= 0 ? String.valueOf(d) : String.valueOf(c));
                raised = d >= 0;
            }
            words(b.toString(), out);
        }
        return out;
    }

    /**
     * A PDF's words in the order its text is read, hyphenated line ends joined. For a PDFBox layout only the text
     * between the margins is read: not the running heads and footers, which would come between the two halves of
     * a word hyphenated at the foot of a page.
     */
    static List<String> pdf(byte[] pdf, PdfLayout layout) {
        return pdfText(layout.geometry() == null ? text(pdf) : body(pdf, layout.geometry()));
    }

    static String body(byte[] pdf, PdfLayout.Geometry g) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            float height = g.page().getHeight() - g.marginTop() - g.marginBottom();
            stripper.addRegion(
                    "body", new Rectangle2D.Float(0, g.marginTop() - 4, g.page().getWidth(), height + 8));
            StringBuilder text = new StringBuilder();
            for (PDPage page : doc.getPages()) {
                stripper.extractRegions(page);
                text.append(stripper.getTextForRegion("body")).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> pdfText(String text) {
        List<String> out = new ArrayList<>();
        String[] lines = text.split("\\R");
        String carry = "";
        for (String line : lines) {
            String s = carry.isEmpty() ? line : carry + line.stripLeading();
            carry = "";
            String stripped = s.stripTrailing();
            if (stripped.length() > 1
                    && stripped.endsWith("-")
                    && Character.isLetter(stripped.charAt(stripped.length() - 2))) {
                int lastSpace = stripped.lastIndexOf(' ');
                carry = stripped.substring(lastSpace + 1, stripped.length() - 1);
                s = stripped.substring(0, lastSpace + 1);
            }
            words(s, out);
        }
        words(carry, out);
        return out;
    }

    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void words(String s, List<String> out) {
        for (String raw : s.split("\\s+")) {
            for (String part : CUT.split(TableSplits.alnum(raw))) {
                if (!part.isEmpty()) {
                    out.add(part);
                }
            }
        }
    }

    /**
     * Where {@code expected} stops being a subsequence of {@code actual}: the index of the first expected word not
     * found in order, or -1 if all are. A word of {@code actual} may stand for two expected words run together (a
     * line end hyphen after "pre-" joins "pre" and "and").
     */
    static int firstOutOfOrder(List<String> expected, List<String> actual) {
        int i = 0;
        for (int j = 0; j < actual.size() && i < expected.size(); j++) {
            String word = actual.get(j);
            String want = expected.get(i);
            if (word.equals(want)) {
                i++;
            } else if (i + 1 < expected.size() && word.equals(want + expected.get(i + 1))) {
                i += 2;
            } else if (want.startsWith(word)) {
                int k = cutWord(want, actual, j);
                if (k > 0) {
                    i++;
                    j += k - 1;
                }
            }
        }
        return i >= expected.size() ? -1 : i;
    }

    /** How many words from {@code actual[j]} on make up {@code want} (a word cut at line ends), or 0. */
    private static int cutWord(String want, List<String> actual, int j) {
        StringBuilder joined = new StringBuilder();
        for (int k = 0; k < 4 && j + k < actual.size() && want.startsWith(joined + actual.get(j + k)); k++) {
            joined.append(actual.get(j + k));
            if (joined.length() == want.length()) {
                return k + 1;
            }
        }
        return 0;
    }

    /** Expected words the PDF has fewer of than the seed ("word: seed n, PDF m"). */
    static List<String> missing(List<String> expected, List<String> actual) {
        Map<String, Integer> have = counts(actual);
        Map<String, Integer> want = counts(expected);
        for (String w : List.copyOf(have.keySet())) {
            for (int k = 1; k < w.length() && !want.containsKey(w); k++) {
                if (want.containsKey(w.substring(0, k)) && want.containsKey(w.substring(k))) {
                    have.merge(w.substring(0, k), have.get(w), Integer::sum);
                    have.merge(w.substring(k), have.get(w), Integer::sum);
                    break;
                }
            }
        }
        List<String> out = new ArrayList<>();
        want.forEach((w, n) -> {
            int m = have.getOrDefault(w, 0);
            for (int j = 0; j < actual.size() && m < n; j++) {
                m += cutWord(w, actual, j) > 1 ? 1 : 0;
            }
            if (m < n) {
                out.add(w + ": seed " + n + ", PDF " + m);
            }
        });
        return out.stream().sorted().toList();
    }

    private static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> c = new HashMap<>();
        words.forEach(w -> c.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum));
        return c;
    }
}
