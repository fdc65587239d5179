package org.probation.analytics.importing.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the inspected provider by its name in the report title: every distinctive word of the name must be in
 * the title; the longest such name wins, then the provider type that fits the inspection round and the title.
 */
final class ProviderMatcher {

    private static final Set<String> GENERIC = Set.of(
            "national",
            "probation",
            "service",
            "services",
            "nps",
            "division",
            "region",
            "pdu",
            "the",
            "and",
            "of",
            "in",
            "an",
            "inspection",
            "delivery",
            "unit",
            "crc",
            "community",
            "rehabilitation",
            "company",
            "hm",
            "inspectorate");

    private final List<String[]> providers;

    /** @param providers rows of {@code id, name, type, region} */
    ProviderMatcher(List<String[]> providers) {
        this.providers = List.copyOf(providers);
    }

    Optional<String> match(String title, String round) {
        Set<String> titleWords = words(title);
        String best = null;
        int bestScore = 0;
        for (String[] p : providers) {
            if (p.length < 3 || p[0] == null || p[1] == null) {
                continue;
            }
            Set<String> distinctive = words(p[1]);
            distinctive.removeAll(GENERIC);
            if (distinctive.isEmpty() || !titleWords.containsAll(distinctive)) {
                continue;
            }
            int score = distinctive.size() * 10 + typeFit(p[2] == null ? "" : p[2], titleWords, round);
            if (score > bestScore) {
                best = p[0];
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int typeFit(String type, Set<String> titleWords, String round) {
        int fit = 0;
        if (MetadataExtractor.NPS_ROUND.equals(round) && type.startsWith("nps")
                || MetadataExtractor.PDU_ROUND.equals(round)
                        && (type.equals("pdu") || type.equals("probation_region"))) {
            fit += 4;
        }
        if (type.endsWith("division") && titleWords.contains("division")
                || type.endsWith("region") && titleWords.contains("region")
                || type.equals("pdu") && titleWords.contains("pdu")
                || type.equals("crc") && titleWords.contains("crc")) {
            fit += 2;
        }
        if (type.startsWith("nps") && (titleWords.contains("nps") || titleWords.contains("national"))) {
            fit += 1;
        }
        return fit;
    }

    private static Set<String> words(String text) {
        String t = Text.unify(text)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        return new HashSet<>(List.of(t.split(" ")));
    }
}
