package org.probation.analytics.importing.parse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.probation.analytics.base.QuestionLevel;

/**
 * Matches a printed question to a framework item: by its printed code, then by exact normalised text
 * (case, punctuation, quotes, dashes and footnote markers ignored), then by the best overlap of content
 * words (weighted by rarity) above {@link #THRESHOLD}, preferring items of the section's standard. A question
 * that is still unmatched may be matched among the few items its table's other rows leave open
 * ({@link #matchAmong}), above the lower {@link #TABLE_THRESHOLD} and clearly ahead of the next best.
 */
final class QuestionMatcher {

    /** Least weighted Dice overlap of content words for a match that is not exact, among all items. */
    static final double THRESHOLD = 0.6;
    /** Least overlap among the items a table leaves open, and the lead it needs over the next best of them. */
    static final double TABLE_THRESHOLD = 0.35;

    static final double TABLE_MARGIN = 0.1;
    private static final double CONTEXT_BONUS = 0.05;
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "of", "to", "and", "or", "in", "on", "for", "with", "is", "are", "does", "do", "did",
            "was", "were", "be", "been", "has", "have", "there", "their", "they", "this", "that", "any", "all", "by",
            "as", "at", "it", "its", "from", "which", "who", "where", "whether", "if", "s");

    /** The matched item; {@code score} 1 for an exact or coded match. */
    record Match(String code, QuestionLevel level, double score) {}

    private final Map<String, FrameworkQuestion> byCode = new LinkedHashMap<>();
    private final Map<String, List<FrameworkQuestion>> byText = new HashMap<>();
    private final Map<String, Set<String>> words = new HashMap<>();
    private final Map<String, Integer> itemsWithWord = new HashMap<>();

    QuestionMatcher(List<FrameworkQuestion> questions) {
        for (FrameworkQuestion q : questions) {
            byCode.put(q.code(), q);
            if (q.level().question()) {
                byText.computeIfAbsent(normalise(q.text()), k -> new ArrayList<>())
                        .add(q);
                words.put(q.code(), contentWords(q.text()));
            }
        }
        words.values().forEach(ws -> ws.forEach(w -> itemsWithWord.merge(w, 1, Integer::sum)));
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    Optional<FrameworkQuestion> item(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The item a label names; {@code context} is a standard or key question code ("2.3", "2.3.1") or "". */
    Optional<Match> match(QuestionLabel label, String context) {
        FrameworkQuestion coded = byCode.get(label.code());
        if (coded != null && words.containsKey(coded.code())) {
            return Optional.of(new Match(coded.code(), coded.level(), 1));
        }
        List<FrameworkQuestion> exact = byText.getOrDefault(normalise(label.printed()), List.of());
        if (!exact.isEmpty()) {
            FrameworkQuestion q = exact.stream()
                    .filter(e -> inContext(e.code(), context))
                    .findFirst()
                    .orElse(exact.getFirst());
            return Optional.of(new Match(q.code(), q.level(), 1));
        }
        Set<String> printed = contentWords(label.printed());
        Match best = null;
        double bestRank = 0;
        for (Map.Entry<String, Set<String>> e : words.entrySet()) {
            double dice = weightedDice(printed, e.getValue());
            double rank = dice + (inContext(e.getKey(), context) ? CONTEXT_BONUS : 0);
            if (dice >= THRESHOLD
                    && (rank > bestRank
                            || rank == bestRank && best != null && e.getKey().compareTo(best.code()) < 0)) {
                best = new Match(e.getKey(), byCode.get(e.getKey()).level(), dice);
                bestRank = rank;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The best of the given items for the label, if it overlaps enough and clearly leads (see
     * {@link #TABLE_THRESHOLD}); {@code shared} are the words the table's rows all share ("does assessment focus
     * sufficiently on"), left out on both sides so that only what tells the questions apart is compared.
     */
    Optional<Match> matchAmong(QuestionLabel label, Collection<String> codes, Set<String> shared) {
        Set<String> printed = new HashSet<>(contentWords(label.printed()));
        printed.removeAll(shared);
        String best = null;
        double first = 0;
        double second = 0;
        for (String code : codes) {
            Set<String> item = new HashSet<>(words.getOrDefault(code, Set.of()));
            item.removeAll(shared);
            double dice = weightedDice(printed, item);
            if (dice > first) {
                second = first;
                first = dice;
                best = code;
            } else if (dice > second) {
                second = dice;
            }
        }
        return best != null && first >= TABLE_THRESHOLD && first - second >= TABLE_MARGIN
                ? Optional.of(new Match(best, byCode.get(best).level(), first))
                : Optional.empty();
    }

    /** The codes of the key questions or prompts (as {@code level}) under a standard or key question. */
    List<String> codesUnder(String parent, QuestionLevel level) {
        return byCode.values().stream()
                .filter(q -> q.level() == level && q.code().startsWith(parent + "."))
                .map(FrameworkQuestion::code)
                .toList();
    }

    private static boolean inContext(String code, String context) {
        return !context.isEmpty() && code.startsWith(context + ".");
    }

    /** Lower case, quotes, dashes and punctuation unified, footnote markers and "(*)" markers removed. */
    static String normalise(String text) {
        String t = Text.withoutFootnotes(Text.unify(Text.plain(text))).toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(t).replaceAll(" ").strip();
    }

    static Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>();
        for (String w : normalise(text).split(" ")) {
            if (w.length() < 2 || STOP_WORDS.contains(w)) {
                continue;
            }
            out.add(w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
        }
        return out;
    }

    /**
     * Dice overlap with each word weighted by its rarity among the framework's items (inverse document frequency),
     * so that the wording every question shares ("does assessment focus sufficiently") counts for little and a
     * word no item has counts most.
     */
    private double weightedDice(Set<String> a, Set<String> b) {
        double common = 0;
        double total = 0;
        for (String w : a) {
            double weight = weight(w);
            total += weight;
            if (b.contains(w)) {
                common += weight;
            }
        }
        for (String w : b) {
            total += weight(w);
        }
        return total == 0 ? 0 : 2 * common / total;
    }

    private double weight(String word) {
        return Math.log((words.size() + 1.0) / (itemsWithWord.getOrDefault(word, 0) + 0.5));
    }
}
