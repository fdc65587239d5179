package org.probation.analytics.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of one import sent as one text: each file begins with a line {@code # file: NAME}
 * (e.g. {@code # file: results.csv}) followed by its CSV lines.
 */
public final class ImportBundle {

    private static final Pattern MARKER = Pattern.compile("(?m)^# file: *(\\S+) *$");

    private ImportBundle() {}

    /**
     * Strict UTF-8: malformed bytes are an error naming their offset and line, never silently
     * replaced. A leading byte-order mark is dropped and Windows (CRLF) or old Mac (CR) line endings
     * read as newlines, as an analyst's editor may save them.
     */
    public static String decode(byte[] bytes) {
        CharBuffer out = CharBuffer.allocate(bytes.length);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            // the decoder stops at the first bad byte: its offset is where the input stands, in one pass
            int offset = in.position();
            long line = 1;
            for (int i = 0; i < offset; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new ImportException("the upload is not UTF-8 text (byte " + offset + ", line " + line + ")");
        }
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    public static List<ImportFile> split(String text) {
        Matcher m = MARKER.matcher(text);
        List<ImportFile> files = new ArrayList<>();
        String name = null;
        int start = 0;
        while (m.find()) {
            if (name == null && !text.substring(0, m.start()).isBlank()) {
                throw new ImportException("line 1: text before the first '# file: NAME' line");
            }
            if (name != null) {
                files.add(new ImportFile(name, text.substring(start, m.start())));
            }
            name = m.group(1);
            start = m.end() + 1 > text.length() ? text.length() : m.end() + 1;
        }
        if (name == null) {
            throw new ImportException(
                    "line 1: a CSV import is a bundle of the inspection's files, each starting with a line "
                            + "'# file: NAME' (e.g. '# file: inspection.csv')");
        }
        files.add(new ImportFile(name, text.substring(start)));
        return files;
    }
}
