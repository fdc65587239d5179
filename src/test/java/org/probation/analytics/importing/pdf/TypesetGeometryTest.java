package org.probation.analytics.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.probation.analytics.importing.pdf.PdfLayout.Geometry;
import org.probation.analytics.importing.pdf.TextLines.TextLine;

/** The layouts look as they say: where values sit in their cells, raised footnote markers, heads, justification. */
class TypesetGeometryTest {

    static final String MIDLANDS = "001_b158d966729c0dd6.txt";
    private static final Pattern QUESTION_ROW = Pattern.compile("^(\\d+\\.\\d+\\.\\d+)\\.\\s.*?(\\S+)\\t(\\d+%)$");

    /** A question row of the Midlands annex: its code, its label's last word, its value. */
    record QuestionRow(String code, String lastWord, String value) {}

    static List<QuestionRow> questionRows() {
        List<QuestionRow> rows = new ArrayList<>();
        for (String line : TestPdfs.seed(MIDLANDS).lines().toList()) {
            Matcher m = QUESTION_ROW.matcher(line.replaceAll("\\s*<sup>\\d+</sup>", ""));
            if (m.matches()) {
                rows.add(new QuestionRow(m.group(1), m.group(2), m.group(3)));
            }
        }
        return rows;
    }

    @Test
    void wideLayoutPrintsAValueOnTheFirstLineOfItsQuestion() {
        List<TextLine> lines = TextLines.of(TestPdfs.of(MIDLANDS, PdfLayout.PDFBOX_WIDE));
        List<QuestionRow> rows = questionRows();
        int from = 0;
        for (QuestionRow row : rows) {
            int at = lineStarting(lines, row.code() + ".", from);
            assertThat(lines.get(at).text()).as(row.code()).endsWith(" " + row.value());
            from = at + 1;
        }
        assertThat(rows).hasSizeGreaterThan(15);
    }

    /** Most questions wrap, over 2 to 5 lines; the value is beside the last. */
    @Test
    void narrowLayoutPrintsAValueBesideTheLastLineOfItsQuestion() {
        List<TextLine> lines = TextLines.of(TestPdfs.of(MIDLANDS, PdfLayout.PDFBOX_NARROW));
        List<QuestionRow> rows = questionRows();
        int from = 0;
        int wrapped = 0;
        for (QuestionRow row : rows) {
            int at = lineStarting(lines, row.code() + ".", from);
            int valueAt = at;
            while (!lines.get(valueAt).text().contains("%")) {
                valueAt++;
            }
            assertThat(lines.get(valueAt).text())
                    .as(row.code())
                    .matches(".*" + Pattern.quote(row.lastWord()) + "( ?\\d+)? " + Pattern.quote(row.value()));
            assertThat(valueAt - at).as(row.code() + " lines").isLessThan(5);
            wrapped += valueAt > at ? 1 : 0;
            from = valueAt + 1;
        }
        assertThat(wrapped).isGreaterThan(rows.size() / 2);
    }

    /** "safe? ¹⁰": the marker's digits are smaller than the text and stand above its baseline. */
    @ParameterizedTest
    @EnumSource(PdfLayout.class)
    void footnoteMarkersAreRaisedSmallDigits(PdfLayout layout) {
        TextLine line = TextLines.of(TestPdfs.of(MIDLANDS, layout)).stream()
                .filter(l -> l.text().contains("keeping other people safe?")
                        && l.text().contains("10"))
                .findFirst()
                .orElseThrow();
        List<TextPosition> g =
                line.glyphs().stream().filter(p -> !p.getUnicode().isBlank()).toList();
        int mark = -1;
        for (int i = 0; i + 2 < g.size(); i++) {
            if (g.get(i).getUnicode().equals("?") && g.get(i + 1).getUnicode().equals("1")) {
                mark = i;
            }
        }
        assertThat(mark).as(line.text()).isNotNegative();
        TextPosition question = g.get(mark);
        TextPosition one = g.get(mark + 1);
        assertThat(one.getFontSizeInPt())
                .as("size of the marker, of the text: " + one + " " + question)
                .isLessThan(question.getFontSizeInPt() * 0.8f);
        assertThat(question.getYDirAdj() - one.getYDirAdj()).as("raised by").isGreaterThan(1.5f);
    }

    @Test
    void runningHeadsAndFooters() {
        assertThat(heads(PdfLayout.PDFBOX_WIDE, 1)).containsExactly("Page 1");
        assertThat(heads(PdfLayout.PDFBOX_WIDE, 2)).containsExactly("Midlands Division", "Page 2");
        assertThat(heads(PdfLayout.PDFBOX_WIDE, 3)).containsExactly("Midlands Division", "Page 3");
        assertThat(heads(PdfLayout.PDFBOX_NARROW, 2))
                .containsExactly("Inspection of probation services: Midlands Division", "2");
        assertThat(heads(PdfLayout.PDFBOX_NARROW, 3)).containsExactly("HM Inspectorate of Probation", "3");
        Geometry g = PdfLayout.PDFBOX_NARROW.geometry();
        TextLine footer = TextLines.of(TestPdfs.of(MIDLANDS, PdfLayout.PDFBOX_NARROW)).stream()
                .filter(l -> l.page() == 3 && l.y() > g.page().getHeight() - g.marginBottom())
                .findFirst()
                .orElseThrow();
        assertThat((footer.left() + footer.right()) / 2).isCloseTo(g.page().getWidth() / 2, within(1));
    }

    /** The heading row "Standard/Key question | Rating/% yes" is repeated where the layout repeats it. */
    @ParameterizedTest
    @EnumSource(PdfLayout.class)
    void headingRowRepeatsOnlyWhereTheLayoutRepeatsIt(PdfLayout layout) {
        long inSeed = TestPdfs.seed(MIDLANDS)
                .lines()
                .filter(l -> l.startsWith("Standard/Key question\t"))
                .count();
        long inPdf = TextLines.of(TestPdfs.of(MIDLANDS, layout)).stream()
                .filter(l -> l.text().startsWith("Standard/Key question"))
                .count();
        if (layout == PdfLayout.PDFBOX_WIDE) {
            assertThat(inPdf).isEqualTo(inSeed);
        } else {
            assertThat(inPdf).isGreaterThan(inSeed);
        }
    }

    /** Narrow: paragraphs justified, long words hyphenated at line ends; wide: ragged right, no hyphenation. */
    @ParameterizedTest
    @EnumSource(
            value = PdfLayout.class,
            names = {"PDFBOX_WIDE", "PDFBOX_NARROW"})
    void justificationAndHyphenation(PdfLayout layout) {
        Geometry g = layout.geometry();
        List<TextLine> body = TextLines.of(TestPdfs.of(MIDLANDS, layout)).stream()
                .filter(l ->
                        Math.abs(l.left() - g.marginLeft()) < 0.5f && l.text().length() > 60)
                .filter(l -> l.glyphs().getFirst().getFontSizeInPt() == g.bodySize())
                .toList();
        long flush = body.stream()
                .filter(l -> Math.abs(l.right() - (g.marginLeft() + g.textWidth())) < 1)
                .count();
        Set<String> seedWords =
                PdfWords.seed(TestPdfs.seed(MIDLANDS), true).stream().collect(Collectors.toSet());
        long hyphenated = 0;
        for (int i = 0; i + 1 < body.size(); i++) {
            Matcher end = Pattern.compile("(\\p{L}+)-$").matcher(body.get(i).text());
            Matcher start =
                    Pattern.compile("^(\\p{L}+)").matcher(body.get(i + 1).text());
            if (end.find() && start.find() && seedWords.contains((end.group(1) + start.group(1)).toLowerCase())) {
                hyphenated++;
            }
        }
        assertThat(body).hasSizeGreaterThan(300);
        if (g.justify()) {
            assertThat(flush).isGreaterThan(body.size() * 6 / 10);
            assertThat(hyphenated).isGreaterThan(5);
        } else {
            assertThat(flush).isLessThan(body.size() / 10);
            assertThat(hyphenated).isZero();
        }
    }

    private static List<String> heads(PdfLayout layout, int page) {
        Geometry g = layout.geometry();
        return TextLines.of(TestPdfs.of(MIDLANDS, layout)).stream()
                .filter(l -> l.page() == page)
                .filter(l -> l.y() < g.marginTop() - 8 || l.y() > g.page().getHeight() - g.marginBottom())
                .map(TextLine::text)
                .toList();
    }

    private static int lineStarting(List<TextLine> lines, String prefix, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).text().startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + prefix + " after line " + from);
    }

    private static org.assertj.core.data.Offset<Float> within(float points) {
        return org.assertj.core.data.Offset.offset(points);
    }
}
