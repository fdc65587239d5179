package org.probation.analytics.importing.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The case samples the report states: "We inspected 42 cases", "We inspected 16 community sentence cases and
 * 24 post-release supervision cases", "We inspected 20 relevant court reports", "We examined 128 cases",
 * "11 post-release cases we inspected". The first statement of each sample and sub-sample counts.
 */
final class SampleExtractor {

    /** A stated sample size and the sentence that states it. */
    record Sample(String sample, String subsample, int cases, String quote, int line) {}

    private static final String NUMBER = "(\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)";
    private static final Pattern WE_INSPECTED = Pattern.compile("(?i)\\bwe (?:inspected|examined|reviewed)\\b");
    private static final Pattern ITEM =
            Pattern.compile("(?i)\\b" + NUMBER + "\\s+((?:[a-z][a-z-]*\\s+){0,3}?)(cases|court reports|reports)\\b");
    private static final Pattern INSPECTED_AFTER = Pattern.compile(
            "(?i)\\b" + NUMBER
                    + "\\s+(community sentence|post-release(?: supervision)?|licence)\\s+cases\\s+(?:that\\s+)?we\\s+(?:inspected|examined)\\b");
    private static final List<String> WORDS = List.of(
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty");

    private SampleExtractor() {}

    static List<Sample> extract(String[] lines, SectionFinder sections) {
        Map<String, Sample> found = new LinkedHashMap<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].indexOf('\t') >= 0) {
                continue;
            }
            String heading = sections.nearestHeading(i + 1).toLowerCase(Locale.ROOT);
            for (String sentence : Text.sentences(Text.unify(Text.plain(lines[i])))) {
                for (Sample s : inSentence(sentence, heading, i + 1)) {
                    found.putIfAbsent(s.sample() + "/" + s.subsample(), s);
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private static List<Sample> inSentence(String sentence, String heading, int line) {
        List<Sample> out = new ArrayList<>();
        Matcher we = WE_INSPECTED.matcher(sentence);
        if (we.find()) {
            Matcher item = ITEM.matcher(sentence);
            int from = we.end();
            while (item.find(from)) {
                from = item.end();
                String words = item.group(2).toLowerCase(Locale.ROOT);
                out.add(new Sample(
                        sample(item.group(3), sentence, heading),
                        subsample(words),
                        number(item.group(1)),
                        sentence.strip(),
                        line));
            }
        }
        Matcher after = INSPECTED_AFTER.matcher(sentence);
        while (after.find()) {
            out.add(new Sample(
                    sample("cases", sentence, heading),
                    subsample(after.group(2).toLowerCase(Locale.ROOT)),
                    number(after.group(1)),
                    sentence.strip(),
                    line));
        }
        return out;
    }

    private static String sample(String noun, String sentence, String heading) {
        String s = sentence.toLowerCase(Locale.ROOT);
        if (noun.toLowerCase(Locale.ROOT).contains("report")) {
            return "court_reports";
        }
        if (s.contains("victim") || heading.contains("victim")) {
            return "victim_work";
        }
        return heading.contains("court") && !heading.contains("supervision") ? "court_reports" : "case_supervision";
    }

    private static String subsample(String words) {
        if (words.contains("community")) {
            return "community";
        }
        return words.matches(".*\\b(post-release|licence|post-custody)\\b.*") ? "licence" : "all";
    }

    private static int number(String n) {
        int word = WORDS.indexOf(n.toLowerCase(Locale.ROOT));
        return word >= 0 ? word : Integer.parseInt(n);
    }
}
