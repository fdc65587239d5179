package org.probation.analytics.importing.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each seed report, parsed, against the rows transcribed by hand in {@code datasets/inspections/<id>/}.
 * A transcribed result counts as a table row when it has a printed percent, its section is not marked as
 * text, narrative or prose, and its source line in the report is a table row (tab-separated); every such row
 * must come out with the same item, sub-sample and percent, at the same line. Results read from prose may be
 * missed and are listed. Ratings and the inspection's fields must all agree; stated samples of all cases,
 * community and licence cases too (narrower case groups described in prose may be missed, and are listed).
 */
class SeedReportParserTest {

    static final List<String> INSPECTION_FIELDS = List.of(
            "id",
            "provider_id",
            "framework",
            "title",
            "fieldwork_start",
            "fieldwork_start_precision",
            "published",
            "score",
            "max_score",
            "overall_rating");

    static ReportParser parser;

    @BeforeAll
    static void parser() {
        parser = SeedFixtures.parser();
    }

    @Test
    void midlands_2018_reproduces_its_dataset() {
        check("001_b158d966729c0dd6.txt", "nps-midlands-2018");
    }

    @Test
    void south_west_2021_reproduces_its_dataset() {
        check("000_c5dd9fdec4e932ed.txt", "nps-south-west-2021");
    }

    @Test
    void swansea_2022_reproduces_its_dataset() {
        check("002_468d300fb8876cf8.txt", "swansea-neath-port-talbot-2022");
    }

    @Test
    void somerset_2023_reproduces_its_dataset() {
        check("004_721eefaac5d4215c.txt", "somerset-2023");
    }

    private void check(String seed, String id) {
        String text = SeedFixtures.seed(seed);
        String[] lines = ReportParser.lines(text);
        ParsedReport report = parser.parse(text, seed);
        Path dir = SeedFixtures.DATASETS.resolve("inspections").resolve(id);
        SoftAssertions soft = new SoftAssertions();

        Map<String, String> inspection =
                SeedFixtures.csv(dir.resolve("inspection.csv")).getFirst();
        for (String field : INSPECTION_FIELDS) {
            soft.assertThat(report.inspection().get(field))
                    .as(id + " inspection " + field)
                    .isEqualTo(inspection.get(field));
        }

        Map<String, ParsedRow> parsed = new LinkedHashMap<>();
        report.results().forEach(r -> parsed.put(resultKey(r.values()), r));
        List<Map<String, String>> expected = SeedFixtures.csv(dir.resolve("results.csv"));
        List<String> tableRows = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<String> elsewhere = new ArrayList<>();
        List<String> proseMissed = new ArrayList<>();
        int proseFound = 0;
        for (Map<String, String> row : expected) {
            String key = resultKey(row);
            ParsedRow found = parsed.get(key);
            if (isTableRow(row, lines)) {
                tableRows.add(key);
                if (found == null) {
                    missed.add(key + " (line " + row.get("source_line") + ")");
                } else if (!found.get("source_line").equals(row.get("source_line"))) {
                    elsewhere.add(
                            key + " at line " + found.get("source_line") + ", transcribed " + row.get("source_line"));
                }
            } else if (found == null) {
                proseMissed.add(key + " (line " + row.get("source_line") + ", " + row.get("source_section") + ")");
            } else {
                proseFound++;
            }
        }
        Set<String> transcribed =
                expected.stream().map(SeedReportParserTest::resultKey).collect(Collectors.toSet());
        List<String> extra =
                parsed.keySet().stream().filter(k -> !transcribed.contains(k)).toList();

        Map<String, String> ratings = new TreeMap<>();
        SeedFixtures.csv(dir.resolve("ratings.csv")).forEach(r -> ratings.put(r.get("standard_code"), r.get("rating")));
        Map<String, String> parsedRatings = new TreeMap<>();
        report.ratings().forEach(r -> parsedRatings.put(r.get("standard_code"), r.get("rating")));

        List<String> samples = new ArrayList<>();
        List<String> narrowSamples = new ArrayList<>();
        for (Map<String, String> s : SeedFixtures.csv(dir.resolve("samples.csv"))) {
            (Set.of("all", "community", "licence").contains(s.get("subsample")) ? samples : narrowSamples)
                    .add(sampleKey(s));
        }
        List<String> parsedSamples =
                report.samples().stream().map(r -> sampleKey(r.values())).toList();
        List<String> narrowMissed =
                narrowSamples.stream().filter(s -> !parsedSamples.contains(s)).toList();

        int reproduced = tableRows.size() - missed.size();
        System.out.printf(
                "%s (%s): table results %d/%d (%.1f%%), prose results %d/%d, ratings %d/%d, samples %d/%d"
                        + " stated + %d/%d narrower, problems %d%n  prose misses: %s%n  narrower samples missed: %s%n"
                        + "  problems: %s%n",
                id,
                seed,
                reproduced,
                tableRows.size(),
                100.0 * reproduced / Math.max(1, tableRows.size()),
                proseFound,
                proseFound + proseMissed.size(),
                parsedRatings.entrySet().stream()
                        .filter(e -> e.getValue().equals(ratings.get(e.getKey())))
                        .count(),
                ratings.size(),
                samples.stream().filter(parsedSamples::contains).count(),
                samples.size(),
                narrowSamples.size() - narrowMissed.size(),
                narrowSamples.size(),
                report.problems().size(),
                proseMissed,
                narrowMissed,
                report.problems());

        soft.assertThat(missed)
                .as(id + ": table rows not reproduced, of " + tableRows.size())
                .isEmpty();
        soft.assertThat(elsewhere).as(id + ": table rows found at another line").isEmpty();
        soft.assertThat(extra)
                .as(id + ": parsed results that are not in the dataset")
                .isEmpty();
        soft.assertThat(parsedRatings).as(id + ": standard ratings").isEqualTo(ratings);
        soft.assertThat(parsedSamples).as(id + ": stated samples").containsAll(samples);
        soft.assertThat(parsedSamples.stream()
                        .filter(s -> !samples.contains(s) && !narrowSamples.contains(s))
                        .toList())
                .as(id + ": parsed samples that are not in the dataset")
                .isEmpty();
        soft.assertThat(report.problems()).as(id + ": parse problems").isEmpty();
        soft.assertAll();
        assertThat(tableRows).as(id + ": the dataset has table rows").isNotEmpty();
    }

    /** Printed as a table cell: a printed percent, not marked as prose, on a tab-separated line of the report. */
    static boolean isTableRow(Map<String, String> row, String[] lines) {
        int line = Integer.parseInt(row.get("source_line"));
        return !row.get("percent_printed").isEmpty()
                && !row.get("source_section").toLowerCase().matches(".*\\b(text|narrative|prose)\\b.*")
                && line >= 1
                && line <= lines.length
                && lines[line - 1].indexOf('\t') >= 0;
    }

    static String resultKey(Map<String, String> row) {
        return row.get("item_code") + " " + row.get("subsample") + " " + row.get("percent");
    }

    static String sampleKey(Map<String, String> row) {
        return row.get("sample") + " " + row.get("subsample") + " " + row.get("cases");
    }
}
