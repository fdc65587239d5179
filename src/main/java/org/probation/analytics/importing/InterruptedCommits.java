package org.probation.analytics.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Repairs the imports folder after a crash, before the first load: a replace stopped between
 * moving the old folder aside ({@code staging/<token>/incoming/<id>.replaced}) and moving the new
 * one in would otherwise lose the inspection, so the old folder goes back when the target is
 * missing. Then the staging folder is emptied: its previews cannot be committed by a new process.
 */
final class InterruptedCommits {

    static final String REPLACED = ".replaced";

    private static final Logger log = LoggerFactory.getLogger(InterruptedCommits.class);

    private InterruptedCommits() {}

    /** @return the ids of the inspections put back */
    static List<String> recover(Path imports, Path staging) {
        if (!Files.isDirectory(staging)) {
            return List.of();
        }
        try {
            List<String> restored = new ArrayList<>();
            for (Path aside : movedAside(staging)) {
                String name = aside.getFileName().toString();
                String id = name.substring(0, name.length() - REPLACED.length());
                Path target = imports.resolve("inspections").resolve(id);
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
                    log.warn("Imported inspection '{}' restored from {}: a replace was interrupted", id, aside);
                    restored.add(id);
                }
            }
            FileSystemUtils.deleteRecursively(staging);
            return restored;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot recover the imports staged in " + staging, e);
        }
    }

    private static List<Path> movedAside(Path staging) throws IOException {
        try (Stream<Path> found = Files.find(
                staging,
                3,
                (p, attributes) -> attributes.isDirectory()
                        && p.getFileName().toString().endsWith(REPLACED)
                        && p.getParent().getFileName().toString().equals("incoming"))) {
            return found.toList();
        }
    }
}
