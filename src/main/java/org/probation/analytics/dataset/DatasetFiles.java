package org.probation.analytics.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CSV files of one load: the datasets folder, plus the imported inspections' folder whose
 * files are named {@code imports/inspections/<id>/...} (imports hold inspections only). Unknown
 * files and missing required files are refused.
 */
record DatasetFiles(Map<DatasetFile, List<Source>> byKind) {

    static final String IMPORTS_PREFIX = "imports/";

    /** A file and the name it is reported and staged under. */
    record Source(Path path, String name) {}

    static DatasetFiles find(Path datasets, Path imports) {
        if (!Files.isDirectory(datasets)) {
            throw new DatasetException(List.of(new DatasetProblem(datasets.toString(), 0, null, "is not a folder")));
        }
        Map<DatasetFile, List<Source>> found = new EnumMap<>(DatasetFile.class);
        List<DatasetProblem> problems = new ArrayList<>();
        collect(datasets, "", false, found, problems);
        if (imports != null && Files.isDirectory(imports)) {
            collect(imports, IMPORTS_PREFIX, true, found, problems);
        }
        for (DatasetFile f : DatasetFile.values()) {
            if (f.required() && !found.containsKey(f)) {
                problems.add(new DatasetProblem(f.glob.substring("glob:".length()), 0, null, "is missing"));
            }
        }
        if (!problems.isEmpty()) {
            throw new DatasetException(problems);
        }
        return new DatasetFiles(found);
    }

    int count() {
        return byKind.values().stream().mapToInt(List::size).sum();
    }

    /** SHA-256 over every file's name and bytes: equal fingerprints mean the same data. */
    String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Source file : byKind.values().stream()
                    .flatMap(List::stream)
                    .sorted(Comparator.comparing(Source::name))
                    .toList()) {
                sha.update(file.name().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file.path()));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(
            Path root,
            String prefix,
            boolean inspectionsOnly,
            Map<DatasetFile, List<Source>> found,
            List<DatasetProblem> problems) {
        List<Path> csvs;
        try (Stream<Path> walk = Files.walk(root)) {
            csvs = walk.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path csv : csvs) {
            Path rel = root.relativize(csv);
            String name = prefix + rel.toString().replace('\\', '/');
            DatasetFile kind = kindOf(rel);
            if (kind == null || (inspectionsOnly && !kind.perInspection())) {
                problems.add(new DatasetProblem(
                        name,
                        0,
                        null,
                        "is not a dataset file this loader knows (see datasets/README.md for the layout)"));
            } else {
                found.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Source(csv, name));
            }
        }
    }

    private static DatasetFile kindOf(Path relative) {
        for (DatasetFile f : DatasetFile.values()) {
            if (f.matches(relative)) {
                return f;
            }
        }
        return null;
    }
}
