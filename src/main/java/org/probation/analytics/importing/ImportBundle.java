package org.probation.analytics.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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

    /** Strict UTF-8: malformed bytes are an error naming their offset, never silently replaced. */
    public static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int offset = firstBadByte(bytes);
            throw new ImportException("the upload is not UTF-8 text (byte " + offset + ", line "
                    + (new String(bytes, 0, offset, StandardCharsets.UTF_8).lines().count()) + ")");
        }
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
            throw new ImportException("line 1: a CSV import is a bundle of the inspection's files, each starting with a line "
                    + "'# file: NAME' (e.g. '# file: inspection.csv')");
        }
        files.add(new ImportFile(name, text.substring(start)));
        return files;
    }

    private static int firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        for (int end = 1; end <= bytes.length; end++) {
            try {
                decoder.reset().decode(ByteBuffer.wrap(bytes, 0, end));
            } catch (CharacterCodingException e) {
                if (end == bytes.length || isMalformedAt(bytes, end)) {
                    return end - 1;
                }
            }
        }
        return bytes.length;
    }

    private static boolean isMalformedAt(byte[] bytes, int end) {
        return (bytes[end - 1] & 0xC0) != 0x80 || (bytes[end] & 0xC0) != 0x80;
    }
}
