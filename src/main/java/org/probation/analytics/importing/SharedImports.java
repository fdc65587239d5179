package org.probation.analytics.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The imports folder as several app nodes share it (one folder on a shared disk): a commit or a
 * delete holds an exclusive lock on {@code <imports>.lock} beside it, so two nodes never move
 * folders at once and no node reloads while another is half way through a replace; and a
 * fingerprint of what the folder holds (every inspection folder's files, sizes and modification
 * times), by which a node sees that another one committed or deleted an import.
 */
final class SharedImports {

    private SharedImports() {}

    /** The lock file's exclusive lock, held until closed; waits while another node holds it. */
    static FileLock lock(Path imports) {
        Path file = lockFile(imports);
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                return channel.lock();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the imports folder's lock file " + file, e);
        }
    }

    /** Releases the lock and closes its file. */
    static void release(FileLock lock) {
        try (FileChannel channel = lock.channel()) {
            lock.release();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path lockFile(Path imports) {
        Path absolute = imports.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    /** What the imports folder holds now: changes when an inspection folder is added, removed or replaced. */
    static String fingerprint(Path imports) {
        Path inspections = imports.resolve("inspections");
        if (!Files.isDirectory(inspections)) {
            return "none";
        }
        try (Stream<Path> files = Files.walk(inspections, 2)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
            for (Path f : sorted) {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                digest.update((inspections.relativize(f) + "|" + a.size() + "|"
                                + a.lastModifiedTime().toMillis() + "|" + a.fileKey() + "\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            // a folder moved away while it was listed: the next look sees the settled state
            return "changing";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
