package org.probation.analytics.framework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.probation.analytics.TestDatabase;

/**
 * A framework of the 2023 kind added to a copy of the bundled datasets through data files alone:
 * seven rated standards (three by judgement, four by rule), one unrated, no overall score; its
 * key questions mapped from the PDU round's; and one inspection of Somerset under it, after the
 * bundled Somerset 2023 inspection of the PDU round. Test fixture, not a real report: its figures
 * are made up and its source is this class.
 */
final class SevenStandardFramework {

    static final String FRAMEWORK = "region-2023";
    static final String INSPECTION = "somerset-2025";
    /** Files written or added to: the change "add a framework of the 2023 kind" touches only these. */
    static final String[] DATA_FILES = {
        "frameworks.csv", "framework-items/region-2023.csv", "question-mapping.csv", "standard-samples.csv"
    };

    private static final String SOURCE = "seven-standard-fixture.txt";

    private SevenStandardFramework() {}

    /** A copy of {@code datasets/} with the framework and its inspection added, in a new folder under {@code root}. */
    static Path write(Path root) {
        Path datasets = root.resolve("datasets");
        TestDatabase.copyTree(Path.of("datasets"), datasets);
        append(
                datasets.resolve("frameworks.csv"),
                FRAMEWORK + ",Regional round (from 2023),2023-04,,7,,,,"
                        + "Requires improvement:50;Good:65;Outstanding:80,test fixture: the bands of the earlier rounds\n");
        StringBuilder items = new StringBuilder(
                "framework,code,parent_code,level,ordinal,text,rated,source_file,source_line,applies_to,short_title,short_title_line\n");
        items.append(item("1", "", "domain", 1, "Organisational delivery", "", 1, ""));
        items.append(item(
                "1.1",
                "1",
                "standard",
                1,
                "The leadership of the region enables a high-quality service.",
                "true",
                2,
                "Leadership"));
        items.append(item(
                "1.2", "1", "standard", 2, "Staff are enabled to deliver a high-quality service.", "true", 3, "Staff"));
        items.append(item(
                "1.3", "1", "standard", 3, "A comprehensive range of services is in place.", "true", 4, "Services"));
        items.append(item("2", "", "domain", 2, "Case supervision", "", 5, ""));
        String[][] standards = {
            {"2.1", "Assessment", "2.2"}, {"2.2", "Planning", "2.3"},
            {"2.3", "Implementation and delivery", "2.4"}, {"2.4", "Reviewing", "2.5"}
        };
        StringBuilder mapping = new StringBuilder();
        StringBuilder samples = new StringBuilder();
        int line = 10;
        for (String[] s : standards) {
            items.append(item(
                    s[0],
                    "2",
                    "standard",
                    Integer.parseInt(s[0].substring(2)),
                    s[1] + " is of good quality.",
                    "true",
                    line++,
                    s[1]));
            samples.append(FRAMEWORK).append(',').append(s[0]).append(",case_supervision\n");
            for (int k = 1; k <= 3; k++) {
                items.append(item(
                        s[0] + "." + k,
                        s[0],
                        "key_question",
                        k,
                        "Key question " + k + " of " + s[1] + "?",
                        "",
                        line++,
                        ""));
                mapping.append("pdu-2021,")
                        .append(s[2])
                        .append('.')
                        .append(k)
                        .append(',')
                        .append(FRAMEWORK)
                        .append(',')
                        .append(s[0])
                        .append('.')
                        .append(k)
                        .append(",equivalent,test fixture: same question renumbered\n");
            }
        }
        items.append(item("2.5", "2", "standard", 5, "Outcomes are achieved.", "false", line, "Outcomes"));
        write(datasets.resolve("framework-items/" + FRAMEWORK + ".csv"), items.toString());
        append(datasets.resolve("question-mapping.csv"), mapping.toString());
        append(datasets.resolve("standard-samples.csv"), samples.toString());
        writeInspection(datasets.resolve("inspections/" + INSPECTION));
        return datasets;
    }

    private static void writeInspection(Path folder) {
        write(folder.resolve("inspection.csv"), """
                id,provider_id,framework,title,fieldwork_start,fieldwork_start_precision,published,score,max_score,overall_rating,source_file,source_line,notes
                somerset-2025,somerset,region-2023,A test inspection under a seven-standard framework: Somerset,2025-03-01,month,2025-06,,,,%s,1,Test fixture: no overall score or rating is published by this framework.
                """.formatted(SOURCE));
        write(folder.resolve("samples.csv"), """
                inspection_id,sample,subsample,cases,quote,source_file,source_line
                somerset-2025,case_supervision,all,40,We inspected 40 cases,%s,2
                """.formatted(SOURCE));
        // all cases: Assessment's lowest 45% (Inadequate), Planning's 55% (RI), Implementation's 70% (Good),
        // Reviewing's 85%
        int[][] percents = {{60, 45, 70}, {55, 66, 90}, {70, 75, 72}, {85, 88, 90}};
        StringBuilder results = new StringBuilder(
                "inspection_id,item_code,subsample,percent_printed,percent,yes_count,denominator,marker,marker_meaning,"
                        + "question_as_printed,source_section,source_file,source_line\n");
        int line = 10;
        for (int s = 0; s < 4; s++) {
            for (int k = 0; k < 3; k++) {
                String code = "2." + (s + 1) + "." + (k + 1);
                int pct = percents[s][k];
                results.append(INSPECTION)
                        .append(',')
                        .append(code)
                        .append(",all,")
                        .append(pct)
                        .append("%,")
                        .append(pct)
                        .append(",,,,,Key question?,key question table,")
                        .append(SOURCE)
                        .append(',')
                        .append(line++)
                        .append('\n');
            }
        }
        write(folder.resolve("results.csv"), results.toString());
        String[] ratings = {
            "1.1,Good",
            "1.2,Requires improvement",
            "1.3,Good",
            "2.1,Inadequate",
            "2.2,Requires improvement",
            "2.3,Good",
            "2.4,Outstanding"
        };
        StringBuilder rated =
                new StringBuilder("inspection_id,standard_code,rating_printed,rating,source_file,source_line,note\n");
        for (String r : ratings) {
            String[] cr = r.split(",");
            rated.append(INSPECTION)
                    .append(',')
                    .append(cr[0])
                    .append(',')
                    .append(cr[1])
                    .append(',')
                    .append(cr[1])
                    .append(',')
                    .append(SOURCE)
                    .append(",3,\n");
        }
        write(folder.resolve("ratings.csv"), rated.toString());
    }

    private static String item(
            String code, String parent, String level, int ordinal, String text, String rated, int line, String title) {
        return String.join(
                        ",",
                        FRAMEWORK,
                        code,
                        parent,
                        level,
                        String.valueOf(ordinal),
                        text,
                        rated,
                        SOURCE,
                        String.valueOf(line),
                        "",
                        title,
                        title.isEmpty() ? "" : String.valueOf(line))
                + "\n";
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
