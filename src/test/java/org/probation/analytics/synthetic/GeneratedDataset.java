package org.probation.analytics.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads a generated datasets folder back, file kind by file kind, for the tests. */
record GeneratedDataset(Path dir, GenerationReport report) {

    private static GeneratedDataset seed42;

    /** The national dataset of seed 42, generated once per test run (under target/). */
    static synchronized GeneratedDataset seed42() {
        if (seed42 == null) {
            GenerationReport report = SyntheticNational.write(Path.of("target/test-synthetic/seed-42"), 42);
            System.out.println(report);
            seed42 = new GeneratedDataset(report.out(), report);
        }
        return seed42;
    }

    static GeneratedDataset of(GenerationReport report) {
        return new GeneratedDataset(report.out(), report);
    }

    /** framework|standard code → the case sample its results come from. */
    Map<String, String> sampleOfStandard() {
        Map<String, String> samples = new java.util.HashMap<>();
        Csv.read(dir.resolve("standard-samples.csv"))
                .forEach(s -> samples.put(s.get("framework") + "|" + s.get("standard_code"), s.get("sample")));
        return samples;
    }

    /** inspection id → framework code. */
    Map<String, String> frameworkOf() {
        Map<String, String> frameworks = new java.util.HashMap<>();
        all("inspection.csv").forEach(i -> frameworks.put(i.get("id"), i.get("framework")));
        return frameworks;
    }

    /** A key question's or prompt's standard: its first two code parts. */
    static String standardOf(String itemCode) {
        String[] parts = itemCode.split("\\.");
        return parts[0] + "." + parts[1];
    }

    List<Map<String, String>> all(String fileName) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Path folder : inspectionFolders()) {
            rows.addAll(Csv.read(folder.resolve(fileName)));
        }
        return rows;
    }

    List<Path> inspectionFolders() {
        try (Stream<Path> folders = Files.list(dir.resolve("inspections"))) {
            return folders.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file's path relative to the folder, with its bytes. */
    Map<String, byte[]> files() {
        try (Stream<Path> walk = Files.walk(dir)) {
            var files = new java.util.TreeMap<String, byte[]>();
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
