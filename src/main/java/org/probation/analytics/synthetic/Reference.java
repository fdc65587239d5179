package org.probation.analytics.synthetic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.probation.analytics.base.QuestionLevel;
import org.probation.analytics.rating.KeyQuestionBands;

/**
 * What the generator needs from a real datasets folder: the 12 regions and 110 PDUs of the
 * reference list, the frameworks with their items, and which case sample each standard uses.
 */
record Reference(List<Provider> regions, List<Provider> pdus, Map<String, Framework> frameworks) {

    static final String REGIONS_AND_PDUS = "reference/probation-regions-and-pdus.csv";

    /** A region or PDU, with the id the loader derives from its name. */
    record Provider(String id, String name, String regionId) {}

    /**
     * A framework's items in file order, its rated-standard count, its score maximum and bands (null
     * for a framework with no overall score) and its key-question bands.
     */
    record Framework(
            String code,
            int ratedStandards,
            Integer maxScore,
            String scoreBands,
            KeyQuestionBands keyQuestionBands,
            List<Item> items,
            Map<String, String> sampleOfStandard) {

        List<Item> level(QuestionLevel level) {
            return items.stream().filter(i -> i.level() == level).toList();
        }

        List<Item> childrenOf(String code) {
            return items.stream().filter(i -> code.equals(i.parentCode())).toList();
        }

        /** The case sample a standard's results come from, or null for a standard rated by judgement. */
        String sampleOf(String standardCode) {
            return sampleOfStandard.get(standardCode);
        }
    }

    /** A domain, standard, key question or prompt. */
    record Item(String code, String parentCode, QuestionLevel level, int ordinal, String text, Boolean rated) {}

    static Reference read(Path datasets) {
        Map<String, Provider> regions = new TreeMap<>();
        List<Provider> pdus = new ArrayList<>();
        for (Map<String, String> row : Csv.read(datasets.resolve(REGIONS_AND_PDUS))) {
            String regionId = slug(row.get("region"));
            regions.putIfAbsent(regionId, new Provider(regionId, row.get("region"), regionId));
            pdus.add(new Provider(slug(row.get("pdu")), row.get("pdu"), regionId));
        }
        Map<String, Map<String, String>> samples = new LinkedHashMap<>();
        for (Map<String, String> row : Csv.read(datasets.resolve("standard-samples.csv"))) {
            samples.computeIfAbsent(row.get("framework"), f -> new LinkedHashMap<>())
                    .put(row.get("standard_code"), row.get("sample"));
        }
        Map<String, Framework> frameworks = new LinkedHashMap<>();
        for (Map<String, String> row : Csv.read(datasets.resolve("frameworks.csv"))) {
            String code = row.get("code");
            List<Item> items = Csv.read(datasets.resolve("framework-items").resolve(code + ".csv")).stream()
                    .map(i -> new Item(
                            i.get("code"),
                            emptyToNull(i.get("parent_code")),
                            QuestionLevel.parse(i.get("level")),
                            Integer.parseInt(i.get("ordinal")),
                            i.get("text"),
                            i.get("rated").isEmpty() ? null : Boolean.valueOf(i.get("rated"))))
                    .toList();
            String maxScore = row.get("max_score");
            frameworks.put(
                    code,
                    new Framework(
                            code,
                            Integer.parseInt(row.get("rated_standards")),
                            maxScore.isEmpty() ? null : Integer.valueOf(maxScore),
                            emptyToNull(row.get("score_bands")),
                            KeyQuestionBands.parse(row.get("key_question_bands")),
                            items,
                            samples.getOrDefault(code, Map.of())));
        }
        return new Reference(List.copyOf(regions.values()), List.copyOf(pdus), frameworks);
    }

    Framework framework(String code) {
        Framework f = frameworks.get(code);
        if (f == null) {
            throw new IllegalStateException("framework " + code + " is not in frameworks.csv");
        }
        return f;
    }

    /** The loader's slug (sql/100_load_staging.sql): lower case, runs of other characters to '-'. */
    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
