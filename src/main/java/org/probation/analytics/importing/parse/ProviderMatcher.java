package org.probation.analytics.importing.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the inspected provider by its name in the report title: every distinctive word of the name must be in
 * the title; the longest such name wins, then the provider type that fits the inspection round and the title.
 * It never guesses: when two or more providers fit equally well, or none fits, the provider is not recognised
 * and the candidates are listed for the analyst to choose from.
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

    /** The most candidates listed when no provider fits the title. */
    static final int CANDIDATES = 10;

    /** The outcome: the provider (null when not recognised), why, and the candidates when it is not. */
    record Match(KnownProvider provider, String how, List<KnownProvider> candidates) {}

    private final List<KnownProvider> providers;
    private final Map<String, KnownProvider> byId = new LinkedHashMap<>();

    /** @param providers rows of {@code id, name, type, region} */
    ProviderMatcher(List<String[]> providers) {
        List<KnownProvider> known = new ArrayList<>();
        for (String[] p : providers) {
            if (p.length < 3 || p[0] == null || p[1] == null) {
                continue;
            }
            KnownProvider k =
                    new KnownProvider(p[0], p[1], p[2] == null ? "" : p[2], p.length > 3 && p[3] != null ? p[3] : "");
            if (byId.putIfAbsent(k.id(), k) == null) {
                known.add(k);
            }
        }
        this.providers = List.copyOf(known);
    }

    /** Every provider a report can be matched to, by name. */
    List<KnownProvider> providers() {
        return providers.stream()
                .sorted(Comparator.comparing(KnownProvider::name))
                .toList();
    }

    KnownProvider byId(String id) {
        return byId.get(id);
    }

    Match match(String title, String round) {
        Set<String> titleWords = words(title);
        List<KnownProvider> best = new ArrayList<>();
        int bestScore = 0;
        Map<KnownProvider, Integer> overlap = new LinkedHashMap<>();
        for (KnownProvider p : providers) {
            Set<String> distinctive = distinctive(p);
            if (distinctive.isEmpty()) {
                continue;
            }
            int shared = (int) distinctive.stream().filter(titleWords::contains).count();
            if (shared > 0) {
                overlap.put(p, shared);
            }
            if (shared < distinctive.size()) {
                continue;
            }
            int score = distinctive.size() * 10 + typeFit(p.type(), titleWords, round);
            if (score > bestScore) {
                best.clear();
                bestScore = score;
            }
            if (score == bestScore) {
                best.add(p);
            }
        }
        if (best.size() == 1) {
            KnownProvider p = best.getFirst();
            return new Match(
                    p,
                    "every distinctive word of its name (" + String.join(", ", sorted(distinctive(p)))
                            + ") is in the title, and no other provider fits as well",
                    List.of());
        }
        if (best.size() > 1) {
            return new Match(
                    null,
                    best.size() + " providers fit the title equally well: "
                            + String.join(
                                    ", ",
                                    best.stream().map(KnownProvider::label).toList())
                            + "; choose the provider",
                    best);
        }
        List<KnownProvider> near = overlap.entrySet().stream()
                .sorted(Map.Entry.<KnownProvider, Integer>comparingByValue().reversed())
                .limit(CANDIDATES)
                .map(Map.Entry::getKey)
                .toList();
        return new Match(
                null,
                "no known provider's name is in the title"
                        + (near.isEmpty() ? "" : "; the nearest share a word of it")
                        + "; choose the provider",
                near);
    }

    private static Set<String> distinctive(KnownProvider p) {
        Set<String> distinctive = words(p.name());
        distinctive.removeAll(GENERIC);
        distinctive.remove("");
        return distinctive;
    }

    private static List<String> sorted(Set<String> words) {
        return words.stream().sorted().toList();
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
