package org.probation.analytics.importing.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The published standard ratings, domain 1 included: a standard's number and name followed by its rating, on the
 * same line ("1.1\tLeadership\tGood") or on the next non-blank line ("2.1 Court work" / "Requires improvement").
 * The first statement of each standard counts (the ratings table comes before the body in every seed).
 */
final class RatingExtractor {

    /** A rating as printed (footnote markers kept), its canonical form, and its line. */
    record Rating(String standard, String printed, String rating, int line) {}

    private static final Pattern STANDARD = Pattern.compile("^\\W*(\\d{1,2}\\.\\d{1,2})\\.?(?:\\s+(\\p{L}.*))?$");

    private RatingExtractor() {}

    static List<Rating> extract(String[] lines, Set<String> standards) {
        Map<String, Rating> found = new LinkedHashMap<>();
        for (int i = 0; i < lines.length; i++) {
            int at = i;
            Optional<Rating> rating = sameLine(lines[i], i + 1).or(() -> nextLine(lines, at));
            rating.filter(r -> standards.contains(r.standard())).ifPresent(r -> found.putIfAbsent(r.standard(), r));
        }
        return new ArrayList<>(found.values());
    }

    private static Optional<Rating> sameLine(String raw, int line) {
        if (raw.indexOf('\t') < 0) {
            return Optional.empty();
        }
        List<String> cells = new ArrayList<>();
        for (String cell : raw.split("\t")) {
            String c = Text.plain(cell);
            if (!c.isEmpty()) {
                cells.add(c);
            }
        }
        if (cells.size() < 2 || cells.size() > 3) {
            return Optional.empty();
        }
        String head = Text.unify(String.join(" ", cells.subList(0, cells.size() - 1)));
        Matcher m = STANDARD.matcher(head);
        String printed = cells.getLast();
        Optional<String> rating = Text.rating(printed);
        if (!m.matches() || m.group(2) == null || rating.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Rating(m.group(1), printed, rating.get(), line));
    }

    private static Optional<Rating> nextLine(String[] lines, int i) {
        String head = Text.unify(Text.plain(lines[i]));
        Matcher m = STANDARD.matcher(head);
        if (lines[i].indexOf('\t') >= 0 || !m.matches() || m.group(2) == null || head.length() > 80) {
            return Optional.empty();
        }
        for (int j = i + 1; j < lines.length && j <= i + 6; j++) {
            String next = Text.plain(lines[j]);
            if (next.isEmpty()) {
                continue;
            }
            int line = j + 1;
            return Text.rating(next).map(r -> new Rating(m.group(1), next, r, line));
        }
        return Optional.empty();
    }
}
