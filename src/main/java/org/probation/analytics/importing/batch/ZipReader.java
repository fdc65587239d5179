package org.probation.analytics.importing.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.probation.analytics.importing.ImportException;

/**
 * The files of a zip, each one report (PDF, text or CSV bundle). Read through the zip's central directory, one
 * entry at a time, counting the bytes as they are inflated (a header's sizes are never trusted): an entry larger
 * than {@link BatchLimits#MAX_FILE_BYTES}, one past {@link BatchLimits#MAX_TOTAL_BYTES} for the whole zip, a zip
 * inside the zip, or a path leading out of it is refused with the reason, the others are read. Folders and
 * macOS's {@code __MACOSX/} metadata are skipped. A zip of more than {@link BatchLimits#MAX_ENTRIES} files, or one
 * that cannot be opened, is refused whole.
 */
final class ZipReader {

    private ZipReader() {}

    static boolean isZip(byte[] bytes) {
        // a local file header, or the end record alone (an empty zip)
        return bytes.length >= 4
                && bytes[0] == 'P'
                && bytes[1] == 'K'
                && (bytes[2] == 3 && bytes[3] == 4 || bytes[2] == 5 && bytes[3] == 6);
    }

    /** @throws ImportException naming the zip when it cannot be read at all */
    static List<BatchFile> read(String zipName, byte[] bytes) {
        Path file = null;
        try {
            file = Files.createTempFile("import-batch-", ".zip");
            Files.write(file, bytes);
            try {
                return read(zipName, file, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notUtf8) {
                // names not in UTF-8: the zip format's own default, code page 437
                return read(zipName, file, Charset.forName("IBM437"));
            }
        } catch (ZipException e) {
            throw new ImportException(zipName + ": not a readable zip (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temporary folder
                }
            }
        }
    }

    private static List<BatchFile> read(String zipName, Path file, Charset names) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile(), names)) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries()).stream()
                    .filter(e -> !e.isDirectory() && !e.getName().startsWith("__MACOSX/"))
                    .toList();
            if (entries.isEmpty()) {
                throw new ImportException(zipName + ": the zip holds no files");
            }
            if (entries.size() > BatchLimits.MAX_ENTRIES) {
                throw new ImportException(zipName + ": the zip holds " + entries.size() + " files; at most "
                        + BatchLimits.MAX_ENTRIES + " are read from one zip: split it");
            }
            List<BatchFile> files = new ArrayList<>();
            long total = 0;
            for (ZipEntry e : entries) {
                String outside = BatchNames.outside(e.getName());
                if (outside != null) {
                    files.add(BatchFile.refused(e.getName(), outside));
                    continue;
                }
                long room = Math.min(BatchLimits.MAX_FILE_BYTES, BatchLimits.MAX_TOTAL_BYTES - total);
                byte[] content;
                try (InputStream in = zip.getInputStream(e)) {
                    // one byte past the room tells that the entry is larger, without inflating the rest
                    content = in.readNBytes((int) room + 1);
                } catch (IOException | RuntimeException bad) {
                    files.add(BatchFile.refused(
                            e.getName(), "cannot be read from the zip (" + bad.getMessage() + "): not read"));
                    continue;
                }
                if (content.length > room) {
                    files.add(BatchFile.refused(e.getName(), tooLarge(room)));
                    continue;
                }
                total += content.length;
                if (isZip(content)) {
                    files.add(BatchFile.refused(
                            e.getName(), "a zip inside the zip is not read: unzip it and add its files"));
                    continue;
                }
                files.add(BatchFile.of(e.getName(), content));
            }
            return files;
        }
    }

    private static String tooLarge(long room) {
        return room < BatchLimits.MAX_FILE_BYTES
                ? "the zip's files inflate to more than " + BatchLimits.MAX_TOTAL_BYTES
                        + " bytes together: this one is not read"
                : "inflates to more than " + BatchLimits.MAX_FILE_BYTES + " bytes (the limit of one file): not read";
    }
}
