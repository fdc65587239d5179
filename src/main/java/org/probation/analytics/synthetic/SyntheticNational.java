package org.probation.analytics.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.probation.analytics.synthetic.Reference.Provider;

/**
 * Writes a complete synthetic national datasets folder, in the format of {@code datasets/}, from a
 * seed: every region and PDU of the reference list inspected in three rounds ({@link Round}),
 * results drawn from a logit-normal model ({@link Model}), every inspection marked synthetic. The
 * same seed writes the same bytes. Run it with
 * {@code ./mvnw -q compile exec:java -Dexec.args="--seed 42 --out target/synthetic-national"}.
 */
public final class SyntheticNational {

    /** The real datasets folder the reference files are copied from, relative to the project. */
    public static final Path DEFAULT_DATASETS = Path.of("datasets");

    static final List<String> COPIED = List.of(
            Reference.REGIONS_AND_PDUS,
            "reference/README.md",
            "subsamples.csv",
            "frameworks.csv",
            "question-mapping.csv",
            "standard-samples.csv");

    private SyntheticNational() {}

    /** Generates into {@code out} from the reference files of {@code datasets/}. */
    public static GenerationReport write(Path out, long seed) {
        return write(DEFAULT_DATASETS, out, seed);
    }

    /**
     * Generates into {@code out} (created, or replaced if it holds an earlier synthetic dataset)
     * from the reference files of the real datasets folder {@code datasets}.
     *
     * @throws IllegalArgumentException if {@code out} is a folder with other content
     */
    public static GenerationReport write(Path datasets, Path out, long seed) {
        long start = System.nanoTime();
        Reference reference = Reference.read(datasets);
        prepare(out);
        Map<String, Long> rows = new TreeMap<>();
        int files = 0;
        for (String name : COPIED) {
            files += copy(datasets, out, name);
        }
        for (String framework : reference.frameworks().keySet()) {
            files += copy(datasets, out, "framework-items/" + framework + ".csv");
        }
        Table succession = new Table("provider_id,predecessor_id,note,source_file,source_line");
        for (Provider pdu : reference.pdus()) {
            succession.add(
                    pdu.id(),
                    pdu.regionId(),
                    "SYNTHETIC: the PDU's area was covered by its region, inspected "
                            + "under the NPS framework in the synthetic design",
                    InspectionGenerator.SOURCE,
                    null);
        }
        files += writeFile(out.resolve("provider-succession.csv"), succession.text());
        rows.put("provider-succession.csv", (long) succession.rows());
        InspectionGenerator generator = new InspectionGenerator(seed, reference);
        int inspections = 0;
        for (Round round : Round.ALL) {
            List<Provider> providers =
                    schedule(seed, round, round.kind() == Round.Kind.PDU ? reference.pdus() : reference.regions());
            for (int i = 0; i < providers.size(); i++) {
                LocalDate fieldwork = round.fieldworkStart(i, providers.size());
                InspectionFolder folder = generator.generate(round, providers.get(i), fieldwork);
                Path dir = out.resolve("inspections").resolve(folder.id());
                for (var file : folder.files().entrySet()) {
                    files += writeFile(dir.resolve(file.getKey()), file.getValue());
                }
                folder.rows().forEach((name, n) -> rows.merge(name, (long) n, Long::sum));
                inspections++;
            }
        }
        files += writeFile(out.resolve(InspectionGenerator.SOURCE), SyntheticNotice.text(seed, inspections, rows));
        return new GenerationReport(out, seed, inspections, files, rows, (System.nanoTime() - start) / 1_000_000);
    }

    /** The round's providers in a seeded order: the order of their fieldwork dates. */
    static List<Provider> schedule(long seed, Round round, List<Provider> providers) {
        List<Provider> order = new ArrayList<>(providers);
        Rng rng = Rng.of(seed, "schedule", round.kind(), round.number());
        for (int i = order.size() - 1; i > 0; i--) {
            int j = rng.between(0, i);
            order.set(j, order.set(i, order.get(j)));
        }
        return order;
    }

    public static void main(String[] args) {
        long seed = 42;
        Path out = Path.of("target/synthetic-national");
        Path datasets = DEFAULT_DATASETS;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(required(args[i], value));
                case "--out" -> out = Path.of(required(args[i], value));
                case "--datasets" -> datasets = Path.of(required(args[i], value));
                default ->
                    throw new IllegalArgumentException(
                            "unknown argument " + args[i] + "; usage: --seed N --out DIR [--datasets DIR]");
            }
            i++;
        }
        System.out.println(write(datasets, out, seed));
    }

    private static String required(String flag, String value) {
        if (value == null) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return value;
    }

    /** Refuses to write over anything but an earlier synthetic dataset, which it removes. */
    private static void prepare(Path out) {
        try {
            if (Files.isDirectory(out)) {
                try (Stream<Path> entries = Files.list(out)) {
                    if (entries.findAny().isPresent() && !Files.exists(out.resolve(InspectionGenerator.SOURCE))) {
                        throw new IllegalArgumentException(out + " is not empty and holds no synthetic dataset ("
                                + InspectionGenerator.SOURCE + "): choose an empty or new folder");
                    }
                }
                try (Stream<Path> walk = Files.walk(out)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int copy(Path from, Path to, String name) {
        try {
            if (!Files.exists(from.resolve(name))) {
                return 0;
            }
            Files.createDirectories(to.resolve(name).getParent());
            Files.copy(from.resolve(name), to.resolve(name));
            return 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int writeFile(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
