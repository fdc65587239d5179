package org.probation.analytics.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/** File moves of the imports: copies into a sandbox's folder and removal of staged folders. */
final class ImportFolders {

    private ImportFolders() {}

    /** Copies every imported inspection's folder except those of {@code ids} into {@code to/inspections}. */
    static void copyImportsExcept(Path imports, Set<String> ids, Path to) throws IOException {
        Path existing = imports.resolve("inspections");
        Files.createDirectories(to.resolve("inspections"));
        if (!Files.isDirectory(existing)) {
            return;
        }
        try (Stream<Path> folders = Files.list(existing)) {
            for (Path folder : folders.toList()) {
                if (!ids.contains(folder.getFileName().toString())) {
                    copy(
                            folder,
                            to.resolve("inspections")
                                    .resolve(folder.getFileName().toString()));
                }
            }
        }
    }

    static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static void delete(Path path) {
        try {
            FileSystemUtils.deleteRecursively(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
