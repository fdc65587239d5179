package org.probation.analytics.importing.pdf;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the pieces of a wrapped line. A piece ending in a hyphen after a letter, followed by one starting with a
 * lower-case letter, was hyphenated by the typesetter unless the hyphenated word is printed elsewhere in the
 * document ("post-" + "release" stays "post-release"; "desist-" + "ance" becomes "desistance").
 */
final class Joiner {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*[\\p{L}]|\\p{L}");
    private static final Pattern TAIL = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern HEAD = Pattern.compile("^(\\p{Ll}[\\p{L}]*)");

    private final Set<String> words = new HashSet<>();

    Joiner(List<PhysicalLine> lines) {
        for (PhysicalLine l : lines) {
            Matcher m = WORD.matcher(l.text());
            while (m.find()) {
                words.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
    }

    String join(String before, String after) {
        if (before.isEmpty()) {
            return after;
        }
        if (after.isEmpty()) {
            return before;
        }
        Matcher tail = TAIL.matcher(before);
        Matcher head = HEAD.matcher(after);
        if (tail.find() && head.find()) {
            String hyphenated = (tail.group(1) + "-" + head.group(1)).toLowerCase(Locale.ROOT);
            String whole = (tail.group(1) + head.group(1)).toLowerCase(Locale.ROOT);
            boolean keep = words.contains(hyphenated) && !words.contains(whole);
            return keep ? before + after : before.substring(0, before.length() - 1) + after;
        }
        return before + " " + after;
    }
}
