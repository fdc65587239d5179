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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
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

    /** The app's own lock per imports folder: a file lock cannot be taken twice in one JVM. */
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    /** An exclusive hold of the imports folder, by this process and against every other one, until closed. */
    static final class Hold implements AutoCloseable {

        private final ReentrantLock local;
        private final FileChannel channel;
        private final FileLock lock;

        private Hold(ReentrantLock local, FileChannel channel, FileLock lock) {
            this.local = local;
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() {
            try (channel) {
                lock.release();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                local.unlock();
            }
        }
    }

    /** Takes the imports folder: waits while another thread of this app, or another node, holds it. */
    static Hold lock(Path imports) {
        Path file = lockFile(imports);
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        local.lock();
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                return new Hold(local, channel, channel.lock());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            local.unlock();
            throw new UncheckedIOException("cannot lock the imports folder's lock file " + file, e);
        } catch (RuntimeException e) {
            local.unlock();
            throw e;
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
