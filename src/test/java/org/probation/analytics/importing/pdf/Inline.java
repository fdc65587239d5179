package org.probation.analytics.importing.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seed line's inline markup turned into styled runs of text: {@code <b> <i> <u> <sup>} tags, {@code **bold**},
 * {@code *italic*}, {@code [text](url)} links (the text kept, the address dropped). Footnote markers, whether
 * {@code <sup>10</sup>} or Unicode superscript digits ({@code ¹⁰}), become superscript runs of ASCII digits: a
 * typeset report prints them as raised small digits. Anything else ({@code <50%}, a lone {@code *} or {@code **}
 * note marker) is text.
 */
final class Inline {

    /** How a run is printed. */
    record Style(boolean bold, boolean italic, boolean underline, boolean sup) {
        static final Style PLAIN = new Style(false, false, false, false);
    }

    record Run(String text, Style style) {}

    static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    /** The text import's bold: {@code **x**} with no space just inside the marks. */
    private static final Pattern BOLD = Pattern.compile("\\*\\*(\\S(?:[^*]*?\\S)?)\\*\\*");

    private static final Pattern ITALIC =
            Pattern.compile("(?<![*\\w])\\*(?=[^\\s*])([^*\\t]*?\\p{L}[^*\\t]*?)(?<=[^\\s*])\\*(?![*\\w])");
    private static final Pattern TAG = Pattern.compile("(?i)<(/?)(b|i|u|sup|strong|em)>");
    private static final Pattern HEADING_MARK = Pattern.compile("^\\s*#{1,6}\\s+");

    private Inline() {}

    /** The runs of one line or table cell. */
    static List<Run> parse(String markup) {
        String t = LINK.matcher(markup).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = BOLD.matcher(t).replaceAll(m -> Matcher.quoteReplacement("<b>" + m.group(1) + "</b>"));
        t = ITALIC.matcher(t).replaceAll(m -> Matcher.quoteReplacement("<i>" + m.group(1) + "</i>"));
        List<Run> runs = new ArrayList<>();
        int bold = 0;
        int italic = 0;
        int underline = 0;
        int sup = 0;
        Matcher tag = TAG.matcher(t);
        int at = 0;
        while (tag.find()) {
            addText(runs, t.substring(at, tag.start()), new Style(bold > 0, italic > 0, underline > 0, sup > 0));
            int step = tag.group(1).isEmpty() ? 1 : -1;
            switch (tag.group(2).toLowerCase(Locale.ROOT)) {
                case "b", "strong" -> bold = Math.max(0, bold + step);
                case "i", "em" -> italic = Math.max(0, italic + step);
                case "u" -> underline = Math.max(0, underline + step);
                default -> sup = Math.max(0, sup + step);
            }
            at = tag.end();
        }
        addText(runs, t.substring(at), new Style(bold > 0, italic > 0, underline > 0, sup > 0));
        return runs;
    }

    /** The runs' text as read: markup gone, footnote markers as plain digits. */
    static String text(List<Run> runs) {
        StringBuilder b = new StringBuilder();
        runs.forEach(r -> b.append(r.text()));
        return b.toString();
    }

    /** A line without its heading marks ({@code ## Foreword} is "Foreword"). */
    static String withoutHeadingMark(String line) {
        return HEADING_MARK.matcher(line).replaceFirst("");
    }

    /** Splits text at Unicode superscript digits, which become superscript runs of ASCII digits. */
    private static void addText(List<Run> runs, String text, Style style) {
        StringBuilder plain = new StringBuilder();
        StringBuilder raised = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            int digit = SUPERSCRIPT_DIGITS.indexOf(text.charAt(i));
            if (digit >= 0) {
                flush(runs, plain, style);
                raised.append((char) ('0' + digit));
            } else {
                flush(runs, raised, new Style(style.bold(), style.italic(), style.underline(), true));
                plain.append(text.charAt(i));
            }
        }
        flush(runs, plain, style);
        flush(runs, raised, new Style(style.bold(), style.italic(), style.underline(), true));
    }

    private static void flush(List<Run> runs, StringBuilder text, Style style) {
        if (text.isEmpty()) {
            return;
        }
        String s = style.sup() ? text.toString().strip() : text.toString();
        if (!runs.isEmpty() && runs.getLast().style().equals(style)) {
            runs.set(runs.size() - 1, new Run(runs.getLast().text() + s, style));
        } else if (!s.isEmpty()) {
            runs.add(new Run(s, style));
        }
        text.setLength(0);
    }
}
