package org.probation.analytics.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.probation.analytics.dataset.DatasetFiles.Source;

/**
 * The plain files of one kind joined into one temporary CSV file (their header once), because
 * DuckDB spends most of a millisecond on each file it opens, more than it takes to read a small
 * one. A plain file has exactly the expected header, a line per row (no line break or empty line
 * inside, none of {@code \r}), so its rows are the lines after its header: the bundle knows the
 * first row of each file and DuckDB still parses every field. The other files are left out,
 * for DuckDB to read as they are.
 */
final class CsvBundle implements AutoCloseable {

    /** A file of the bundle: its first row (1 = the bundle's first) and its number of rows. */
    record Part(Source file, long firstRow, long rows) {}

    private final Path path;
    private final List<Part> parts;
    private final List<Source> leftOut;
    private final long rows;

    private CsvBundle(Path path, List<Part> parts, List<Source> leftOut, long rows) {
        this.path = path;
        this.parts = parts;
        this.leftOut = leftOut;
        this.rows = rows;
    }

    /**
     * Bundles the plain files among {@code files} whose first line is {@code header}.
     *
     * @throws IOException if the bundle cannot be written (or a file read): then none is made
     */
    static CsvBundle of(String header, List<Source> files) throws IOException {
        byte[] headerLine = (header + "\n").getBytes(StandardCharsets.UTF_8);
        List<Part> parts = new ArrayList<>();
        List<Source> leftOut = new ArrayList<>();
        long rows = 0;
        Path path = Files.createTempFile("dataset-bundle-", ".csv");
        try (OutputStream out = Files.newOutputStream(path)) {
            out.write(headerLine);
            for (Source file : files) {
                byte[] bytes = Files.readAllBytes(file.path());
                long lines = bodyLines(bytes, headerLine);
                if (lines < 0) {
                    leftOut.add(file);
                } else if (lines > 0) {
                    out.write(bytes, headerLine.length, bytes.length - headerLine.length);
                    if (bytes[bytes.length - 1] != '\n') {
                        out.write('\n');
                    }
                    parts.add(new Part(file, rows + 1, lines));
                    rows += lines;
                }
            }
        } catch (IOException e) {
            Files.deleteIfExists(path);
            throw e;
        }
        return new CsvBundle(path, parts, leftOut, rows);
    }

    /** The lines after the header of a plain file, or -1 if the file is not plain. */
    private static long bodyLines(byte[] bytes, byte[] headerLine) {
        if (bytes.length < headerLine.length
                || !Arrays.equals(bytes, 0, headerLine.length, headerLine, 0, headerLine.length)) {
            return -1;
        }
        long lines = 0;
        boolean quoted = false;
        byte previous = '\n';
        for (int i = headerLine.length; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '"') {
                quoted = !quoted;
            } else if (b == '\r' || (b == '\n' && (quoted || previous == '\n'))) {
                return -1;
            } else if (b == '\n') {
                lines++;
            }
            previous = b;
        }
        if (quoted) {
            return -1;
        }
        return previous == '\n' ? lines : lines + 1;
    }

    Path path() {
        return path;
    }

    List<Part> parts() {
        return parts;
    }

    /** The files that are not plain (or have no header line as expected), to be read on their own. */
    List<Source> leftOut() {
        return leftOut;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            path.toFile().deleteOnExit();
        }
    }
}
