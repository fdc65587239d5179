package org.probation.analytics.importing.parse;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Character-level clean-up shared by the parser: markup, quotes and dashes, footnote markers, ratings, percents. */
final class Text {

    static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    static final List<String> RATINGS = List.of("Outstanding", "Good", "Requires improvement", "Inadequate");

    private static final Pattern SUP = Pattern.compile("(?i)<sup>\\s*(\\d{1,3})\\s*</sup>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(\\S(?:[^*]*?\\S)?)\\*\\*|__(\\S(?:.*?\\S)?)__");
    private static final Pattern BOOKMARK = Pattern.compile("(?i)Error! Bookmark not defined\\.?");
    private static final Pattern HEADING_MARK = Pattern.compile("^\\s*#{1,6}\\s+");
    private static final Pattern SUPERSCRIPTS = Pattern.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+");
    private static final Pattern QUESTION_FOOTNOTE = Pattern.compile("\\?\\s*\\d{1,3}\\s*$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9\"'‘“])");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PERCENT = Pattern.compile(
            "^(\\d{1,3}(?:\\.\\d+)?)\\s*(?:%|per\\s*cent|percent)\\s*((?:\\*+\\s*)*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RATING =
            Pattern.compile("(?i)^\\W*(outstanding|good|requires\\s+improvement|inadequate)\\W*?([⁰¹²³⁴⁵⁶⁷⁸⁹]*)\\W*$");

    private Text() {}

    /** Markup removed: tags (a {@code <sup>n</sup>} footnote becomes superscript digits), bold, links, heading marks. */
    static String plain(String s) {
        String t = s;
        if (t.indexOf('<') >= 0) {
            t = SUP.matcher(t).replaceAll(m -> superscript(m.group(1)));
            t = TAG.matcher(t).replaceAll("");
        }
        if (t.contains("](")) {
            t = LINK.matcher(t).replaceAll("$1");
        }
        if (t.contains("Error!")) {
            t = BOOKMARK.matcher(t).replaceAll("");
        }
        if (t.contains("**") || t.contains("__")) {
            t = BOLD.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        if (t.indexOf('#') >= 0) {
            t = HEADING_MARK.matcher(t).replaceFirst("");
        }
        return t.replace('\u00A0', ' ')
                .replace("\u00AD", "")
                .replace("\uFEFF", "")
                .strip();
    }

    /** Quotes, apostrophes, dashes, hyphens and odd spaces folded to their ASCII forms. */
    static String unify(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> b.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> b.append('"');
                case '\u2010',
                        '\u2011',
                        '\u2012',
                        '\u2013',
                        '\u2014',
                        '\u2015',
                        '\u2212',
                        '\uFE58',
                        '\uFE63',
                        '\uFF0D' -> b.append('-');
                case '\u00A0', '\u2002', '\u2003', '\u2007', '\u2009', '\u202F' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Footnote references dropped: superscript digits anywhere, plain digits right after a closing question mark. */
    static String withoutFootnotes(String s) {
        String t = s;
        for (int i = 0; i < t.length(); i++) {
            if (SUPERSCRIPT_DIGITS.indexOf(t.charAt(i)) >= 0) {
                t = SUPERSCRIPTS.matcher(t).replaceAll("");
                break;
            }
        }
        if (t.indexOf('?') >= 0) {
            t = QUESTION_FOOTNOTE.matcher(t).replaceAll("?");
        }
        return t.strip();
    }

    static String superscript(String digits) {
        StringBuilder b = new StringBuilder();
        digits.chars().forEach(c -> b.append(SUPERSCRIPT_DIGITS.charAt(c - '0')));
        return b.toString();
    }

    static boolean startsWithSuperscript(String s) {
        return !s.isEmpty() && SUPERSCRIPT_DIGITS.indexOf(s.charAt(0)) >= 0;
    }

    /** A printed percent: its number and any applicability marker glued to it ("48%*"). */
    record Percent(String number, String marker) {}

    static Optional<Percent> percent(String cell) {
        Matcher m = PERCENT.matcher(withoutFootnotes(unify(cell)));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Percent(
                m.group(1), SPACES.matcher(m.group(2)).replaceAll(" ").strip()));
    }

    /** The rating a cell or line states on its own, canonical, e.g. "Requires improvement". */
    static Optional<String> rating(String s) {
        Matcher m = RATING.matcher(unify(s));
        if (!m.matches()) {
            return Optional.empty();
        }
        String word = SPACES.matcher(m.group(1)).replaceAll(" ").toLowerCase(Locale.ROOT);
        return RATINGS.stream()
                .filter(r -> r.toLowerCase(Locale.ROOT).equals(word))
                .findFirst();
    }

    /** Splits a paragraph into sentences (at ". " before a capital or digit). */
    static List<String> sentences(String paragraph) {
        return List.of(SENTENCE_END.split(paragraph));
    }
}
