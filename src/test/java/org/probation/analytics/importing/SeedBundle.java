package org.probation.analytics.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * An import built from a seed inspection's folder (Swansea Neath Port Talbot 2022, 226 results in
 * every file of the format) as another PDU's inspection: a {@code # file:} bundle for the API.
 */
public final class SeedBundle {

    private static final Path SEED = Path.of("datasets", "inspections", "swansea-neath-port-talbot-2022");
    private static final String SEED_ID = "swansea-neath-port-talbot-2022";

    private SeedBundle() {}

    /** The seed as inspection {@code id} of {@code provider}, titled {@code label}, with its first {@code results} results. */
    public static String of(String id, String provider, String label, int results) {
        StringBuilder bundle = new StringBuilder();
        for (String file : ImportService.FILES.stream().sorted().toList()) {
            String text = read(file).replace(SEED_ID, id);
            if (file.equals("inspection.csv")) {
                text = text.replace("," + "swansea-neath-port-talbot,", "," + provider + ",")
                        .replace("Swansea Neath Port Talbot PDU", label);
            } else if (file.equals("results.csv")) {
                text = text.lines().limit(results + 1L).collect(Collectors.joining("\n", "", "\n"));
            }
            bundle.append("# file: ").append(file).append('\n').append(text).append(text.endsWith("\n") ? "" : "\n");
        }
        return bundle.toString();
    }

    public static int seedResults() {
        return (int) read("results.csv").lines().count() - 1;
    }

    private static String read(String file) {
        try {
            return Files.readString(SEED.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
