package org.probation.analytics.accuracy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.probation.analytics.TestDatabase;

/**
 * Writes a datasets folder of synthetic pdu-2021 inspections whose community / licence / all
 * results print only rounded percents (counts hidden), and returns the true counts behind them.
 */
final class AccuracyDataset {

    static final String FRAMEWORK = "pdu-2021";
    static final String SECTION = "Annexe two - Data";
    static final String SOURCE = "ACCURACY.md";
    /** Community / licence sizes stated by real reports. */
    static final int[][] REAL_SPLITS = {{16, 24}, {24, 16}, {20, 22}, {22, 20}, {30, 56}, {28, 58}, {31, 11}};

    private static final List<String> COPIED = List.of(
            "frameworks.csv",
            "framework-items",
            "providers.csv",
            "subsamples.csv",
            "standard-samples.csv",
            "question-mapping.csv",
            "provider-succession.csv",
            "reference");
    private static final String INSPECTION_HEADER =
            "id,provider_id,framework,title,fieldwork_start,fieldwork_start_precision,"
                    + "published,score,max_score,overall_rating,source_file,source_line,notes,synthetic\n";
    private static final String SAMPLES_HEADER = "inspection_id,sample,subsample,cases,quote,source_file,source_line\n";
    private static final String RESULTS_HEADER = "inspection_id,item_code,subsample,percent_printed,percent,yes_count,"
            + "denominator,marker,marker_meaning,question_as_printed,source_section,source_file,source_line\n";

    private AccuracyDataset() {}

    /**
     * Generates {@code inspections} inspections of {@code questions} questions each into {@code out}
     * (replaced), with the reference files of the real datasets folder {@code datasets}.
     */
    static List<Truth> write(Path datasets, Path out, Scenario scenario, int inspections, int questions, long seed) {
        List<String> items = caseSupervisionItems(datasets);
        List<String> providers = pduIds(datasets);
        if (questions > items.size()) {
            throw new IllegalArgumentException(questions + " questions asked, only " + items.size() + " items exist");
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(out.toFile());
        for (String name : COPIED) {
            copy(datasets.resolve(name), out.resolve(name));
        }
        writeFile(
                out.resolve(SOURCE),
                "# Estimator accuracy\n\nSynthetic inspections written by "
                        + "org.probation.analytics.accuracy.EstimatorAccuracy (scenario " + scenario.code + ", seed "
                        + seed
                        + "): the counts are drawn, then hidden; only rounded percents are printed.\n");
        List<Truth> truths = new ArrayList<>();
        for (int i = 0; i < inspections; i++) {
            SplittableRandom rng = new SplittableRandom(streamSeed(seed, scenario, i));
            String id = "accuracy-" + scenario.code.replace('_', '-') + "-" + String.format("%05d", i);
            Truth truth = draw(rng, id, scenario, i, items, questions);
            writeInspection(out.resolve("inspections").resolve(id), truth, providers.get(i % providers.size()), i);
            truths.add(truth);
        }
        return truths;
    }

    private static Truth draw(
            SplittableRandom rng, String id, Scenario scenario, int index, List<String> items, int count) {
        int tc;
        int tl;
        do {
            if (index % 2 == 0) {
                int[] split = REAL_SPLITS[rng.nextInt(REAL_SPLITS.length)];
                tc = split[0];
                tl = split[1];
            } else {
                tc = rng.nextInt(7, 41);
                tl = rng.nextInt(7, 41);
            }
        } while (scenario.swapped() && tc == tl);
        List<String> order = new ArrayList<>(items);
        for (int k = order.size() - 1; k > 0; k--) { // Fisher-Yates
            int j = rng.nextInt(k + 1);
            order.set(j, order.set(k, order.get(j)));
        }
        List<Truth.Question> questions = new ArrayList<>();
        for (String item : order.subList(0, count)) {
            QuestionKind kind = QuestionKind.draw(rng.nextDouble());
            double rateC = rng.nextDouble(0.10, 0.95);
            double rateL = Math.clamp(rateC + 0.20 * rng.nextGaussian(), 0.10, 0.95);
            double f = rng.nextDouble(0.4, 0.95);
            int nc = kind.relevantOnly ? Math.max(1, binomial(rng, tc, f)) : tc;
            int nl = kind.relevantOnly ? Math.max(1, binomial(rng, tl, f)) : tl;
            questions.add(new Truth.Question(item, kind, binomial(rng, nc, rateC), nc, binomial(rng, nl, rateL), nl));
        }
        return scenario.swapped() ? new Truth(id, tc, tl, tl, tc, questions) : new Truth(id, tc, tl, tc, tl, questions);
    }

    private static void writeInspection(Path dir, Truth t, String provider, int index) {
        LocalDate fieldwork = LocalDate.of(2022, 1, 3).plusDays(index % 700);
        writeFile(
                dir.resolve("inspection.csv"),
                INSPECTION_HEADER
                        + String.join(
                                ",",
                                t.inspectionId(),
                                provider,
                                FRAMEWORK,
                                "SYNTHETIC — estimator accuracy inspection " + index,
                                fieldwork.toString(),
                                "day",
                                fieldwork.plusMonths(3).toString().substring(0, 7),
                                "",
                                "",
                                "",
                                SOURCE,
                                "",
                                "Synthetic: counts drawn then hidden to measure the count estimator",
                                "true")
                        + "\n");
        writeFile(
                dir.resolve("samples.csv"),
                SAMPLES_HEADER
                        + sampleLine(t.inspectionId(), "community", t.statedCommunity(), "community sentence")
                        + sampleLine(t.inspectionId(), "licence", t.statedLicence(), "post-release supervision"));
        StringBuilder results = new StringBuilder(RESULTS_HEADER);
        for (Truth.Question q : t.questions()) {
            results.append(resultLine(t.inspectionId(), q, "community", q.xc(), q.nc()))
                    .append(resultLine(t.inspectionId(), q, "licence", q.xl(), q.nl()))
                    .append(resultLine(t.inspectionId(), q, "all", q.xa(), q.na()));
        }
        writeFile(dir.resolve("results.csv"), results.toString());
    }

    private static String sampleLine(String id, String subsample, int cases, String words) {
        return String.join(
                        ",",
                        id,
                        "case_supervision",
                        subsample,
                        Integer.toString(cases),
                        "We inspected " + cases + " " + words + " cases",
                        SOURCE,
                        "")
                + "\n";
    }

    /** A result printing only its rounded percent: yes count and denominator left empty. */
    private static String resultLine(String id, Truth.Question q, String subsample, int x, int n) {
        int percent = percent(x, n);
        String meaning = q.kind().markerMeaning == null ? "" : '"' + q.kind().markerMeaning + '"';
        return String.join(
                        ",",
                        id,
                        q.itemCode(),
                        subsample,
                        percent + "%",
                        Integer.toString(percent),
                        "",
                        "",
                        q.kind().marker == null ? "" : q.kind().marker,
                        meaning,
                        "",
                        SECTION,
                        SOURCE,
                        "")
                + "\n";
    }

    /** 100 x / n rounded to a whole number, halves up. */
    static int percent(int x, int n) {
        return (200 * x + n) / (2 * n);
    }

    static int binomial(SplittableRandom rng, int n, double p) {
        int x = 0;
        for (int i = 0; i < n; i++) {
            x += rng.nextDouble() < p ? 1 : 0;
        }
        return x;
    }

    private static long streamSeed(long seed, Scenario scenario, int index) {
        long z = seed ^ (0x9E3779B97F4A7C15L * (scenario.ordinal() * 1_000_003L + index + 1));
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Key questions and prompts of the standards whose sample is case_supervision, in file order. */
    private static List<String> caseSupervisionItems(Path datasets) {
        Set<String> standards = new HashSet<>();
        for (List<String> row : rows(datasets.resolve("standard-samples.csv"))) {
            if (row.get(0).equals(FRAMEWORK) && row.get(2).equals("case_supervision")) {
                standards.add(row.get(1));
            }
        }
        List<String> items = new ArrayList<>();
        for (List<String> row : rows(datasets.resolve("framework-items").resolve(FRAMEWORK + ".csv"))) {
            String code = row.get(1);
            String[] parts = code.split("\\.");
            if ((row.get(3).equals("key_question") || row.get(3).equals("prompt"))
                    && parts.length >= 3
                    && standards.contains(parts[0] + "." + parts[1])) {
                items.add(code);
            }
        }
        return items;
    }

    /** The PDU ids of the reference list: the loader's slug of each name. */
    private static List<String> pduIds(Path datasets) {
        return rows(datasets.resolve("reference").resolve("probation-regions-and-pdus.csv")).stream()
                .map(r -> r.get(1)
                        .toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-+|-+$", ""))
                .toList();
    }

    /** The data rows of a CSV without line breaks inside fields, quote-aware. */
    private static List<List<String>> rows(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .skip(1)
                    .filter(l -> !l.isBlank())
                    .map(AccuracyDataset::fields)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** A file or a folder tree. */
    private static void copy(Path from, Path to) {
        if (Files.isDirectory(from)) {
            TestDatabase.copyTree(from, to);
            return;
        }
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeFile(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
