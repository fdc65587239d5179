package org.probation.analytics.importing.parse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The inspection's own facts from the report text: title, inspection round, fieldwork start, publication, score, rating. */
final class MetadataExtractor {

    /** A value found in the report, with its line and the words that state it. */
    record Found<T>(T value, int line, String quote) {}

    /** The fieldwork start and whether the report states its day ("day") or only its month ("month"). */
    record Fieldwork(LocalDate start, String precision) {}

    static final String NPS_ROUND = "nps";
    static final String PDU_ROUND = "pdu";

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final Pattern DAY_DATE =
            Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\b\\.?(?:,?\\s+((?:19|20)\\d{2}))?");
    private static final Pattern MONTH_DATE = Pattern.compile("(?i)\\b" + MONTH + "\\b\\.?,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
    // possessive: on a long line without a date the greedy form backtracked quadratically (80,000 characters: 66 s)
    private static final Pattern PUBLISHED =
            Pattern.compile("(?i)^\\W*+(?:[^,]*+,\\s*+)?" + MONTH + "\\s++((?:19|20)\\d{2})\\W*+$");
    private static final Pattern TITLE = Pattern.compile("(?i)^an inspection of\\b.*");
    private static final Pattern TITLE_SECOND_LINE =
            Pattern.compile("(?i)^(national probation service|.*community rehabilitation company|.*\\bcrc)$");
    private static final Pattern EXCLUDED_FIELDWORK = Pattern.compile(
            "(?i)\\b(before|prior to|after|following|since)\\s+(?:the\\s+|our\\s+|this\\s+)?(?:inspection\\s+)?fieldwork");
    private static final Pattern SCORE = Pattern.compile("(?i)\\bscore\\b[\\s:*]{0,6}(\\d{1,2})\\s*/\\s*(\\d{1,2})\\b");
    private static final Pattern OVERALL_LABEL = Pattern.compile("(?i)^\\W*overall rating\\W*$");
    private static final Pattern OVERALL_PROSE =
            Pattern.compile("(?i)(?:\\boverall rating (?:of|is|was)|\\bis rated as:?"
                    + "|\\bresulted in a rating of|\\boverall,? .{0,80}?\\bis rated as:?)[\\s*'\"]*"
                    + "(outstanding|good|requires improvement|inadequate)\\b");
    private static final Pattern PDU_STRUCTURE = Pattern.compile("(?i)^\\W*2\\.1\\.?\\s+court work\\b.*");
    private static final Pattern NPS_STRUCTURE =
            Pattern.compile("(?i)^\\W*3\\.?\\s+nps[- ]specific work\\b.*|^\\W*3\\.1\\.?\\s+court reports\\b.*");

    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern OVERALL_SAME_LINE = Pattern.compile("(?i)^\\W*overall rating\\W+(.+)$");
    private static final Pattern SEPARATOR = Pattern.compile("[-_=*\\s]+");

    private final String[] plain;

    MetadataExtractor(String[] lines) {
        plain = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            plain[i] = SPACES.matcher(Text.unify(Text.plain(lines[i].replace('\t', ' '))))
                    .replaceAll(" ");
        }
    }

    /** "An inspection of probation services in: Somerset PDU" from the title lines at the top. */
    Optional<Found<String>> title() {
        for (int i = 0; i < plain.length; i++) {
            if (!TITLE.matcher(plain[i]).matches()) {
                continue;
            }
            StringBuilder title = new StringBuilder(plain[i]);
            int next = nextNonBlank(i + 1);
            if (next >= 0 && (plain[i].endsWith(":") || plain[i].matches("(?i).*\\b(of|in)$"))) {
                title.append(' ').append(plain[next]);
                int second = nextNonBlank(next + 1);
                if (second >= 0 && TITLE_SECOND_LINE.matcher(plain[second]).matches()) {
                    title.append(' ').append(plain[second]);
                }
            }
            return Optional.of(new Found<>(title.toString(), i + 1, title.toString()));
        }
        return Optional.empty();
    }

    /** The publication month: the first line that is a month and year ("HM Inspectorate of Probation, July 2023"). */
    Optional<Found<YearMonth>> published() {
        for (int i = 0; i < plain.length; i++) {
            Matcher m = PUBLISHED.matcher(plain[i]);
            if (m.matches()) {
                return Optional.of(
                        new Found<>(YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))), i + 1, plain[i]));
            }
        }
        return Optional.empty();
    }

    /** The first date in a sentence about the fieldwork starting, the day-precise one first. */
    Optional<Found<Fieldwork>> fieldwork() {
        List<Found<Fieldwork>> months = new ArrayList<>();
        for (int i = 0; i < plain.length; i++) {
            if (!plain[i].toLowerCase(Locale.ROOT).contains("fieldwork")) {
                continue;
            }
            for (String sentence : Text.sentences(plain[i])) {
                int at = sentence.toLowerCase(Locale.ROOT).indexOf("fieldwork");
                if (at < 0 || EXCLUDED_FIELDWORK.matcher(sentence).find()) {
                    continue;
                }
                Optional<Fieldwork> day = dayDate(sentence, at).or(() -> dayDate(sentence, 0));
                if (day.isPresent()) {
                    return Optional.of(new Found<>(day.get(), i + 1, sentence));
                }
                Matcher m = MONTH_DATE.matcher(sentence);
                if (m.find(at) || m.find(0)) {
                    LocalDate start = LocalDate.of(Integer.parseInt(m.group(2)), month(m.group(1)), 1);
                    months.add(new Found<>(new Fieldwork(start, "month"), i + 1, sentence));
                }
            }
        }
        return months.stream().findFirst();
    }

    private static Optional<Fieldwork> dayDate(String sentence, int from) {
        Matcher m = DAY_DATE.matcher(sentence);
        if (!m.find(from)) {
            return Optional.empty();
        }
        String year = m.group(3);
        if (year == null) {
            Matcher y = YEAR.matcher(sentence);
            year = y.find(m.end()) ? y.group(1) : null;
        }
        int day = Integer.parseInt(m.group(1));
        if (year == null || day < 1 || day > 31) {
            return Optional.empty();
        }
        return Optional.of(new Fieldwork(LocalDate.of(Integer.parseInt(year), month(m.group(2)), day), "day"));
    }

    /** "Score 8/27": the score and its maximum. */
    Optional<Found<int[]>> score() {
        for (int i = 0; i < plain.length; i++) {
            Matcher m = SCORE.matcher(plain[i]);
            if (m.find()) {
                return Optional.of(new Found<>(
                        new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))}, i + 1, m.group()));
            }
        }
        return Optional.empty();
    }

    /** The overall rating under an "Overall rating" label, or else as the prose states it ("is rated as: Good"). */
    Optional<Found<String>> overallRating() {
        for (int i = 0; i < plain.length; i++) {
            if (OVERALL_LABEL.matcher(plain[i]).matches()) {
                int next = nextNonBlank(i + 1);
                Optional<String> rating = next >= 0 ? Text.rating(plain[next]) : Optional.empty();
                if (rating.isPresent()) {
                    return Optional.of(new Found<>(rating.get(), next + 1, plain[next]));
                }
            }
            Matcher same = OVERALL_SAME_LINE.matcher(plain[i]);
            if (same.matches() && Text.rating(same.group(1)).isPresent()) {
                return Optional.of(new Found<>(Text.rating(same.group(1)).get(), i + 1, plain[i]));
            }
        }
        for (int i = 0; i < plain.length; i++) {
            Matcher m = OVERALL_PROSE.matcher(plain[i]);
            if (m.find()) {
                return Optional.of(new Found<>(Text.rating(m.group(1)).orElseThrow(), i + 1, m.group()));
            }
        }
        return Optional.empty();
    }

    /** The inspection round from the report's structure: PDU reports have "2.1 Court work", NPS ones domain 3. */
    Optional<Found<String>> round() {
        for (int i = 0; i < plain.length; i++) {
            if (PDU_STRUCTURE.matcher(plain[i]).matches()) {
                return Optional.of(new Found<>(PDU_ROUND, i + 1, plain[i]));
            }
            if (NPS_STRUCTURE.matcher(plain[i]).matches()) {
                return Optional.of(new Found<>(NPS_ROUND, i + 1, plain[i]));
            }
        }
        for (int i = 0; i < plain.length; i++) {
            if (plain[i].contains("Probation Delivery Unit") || plain[i].endsWith(" PDU")) {
                return Optional.of(new Found<>(PDU_ROUND, i + 1, plain[i]));
            }
            if (plain[i].endsWith("National Probation Service")) {
                return Optional.of(new Found<>(NPS_ROUND, i + 1, plain[i]));
            }
        }
        return Optional.empty();
    }

    private int nextNonBlank(int from) {
        for (int i = from; i < plain.length; i++) {
            if (!plain[i].isBlank() && !SEPARATOR.matcher(plain[i]).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static int month(String name) {
        String m = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                        .indexOf(m)
                + 1;
    }
}
