package org.probation.analytics.importing.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.probation.analytics.importing.pdf.ReportTypesetter.Typeset;

/**
 * The seed reports typeset as PDFs, shared by the tests of one JVM: each seed and layout typeset once, and written
 * to {@code target/test-pdfs/<layout>/<seed>.pdf} (to look at, e.g. with {@code pdftotext -layout}).
 */
public final class TestPdfs {

    public static final Path SEEDS = Path.of("..", "shared", "seeds");
    public static final Path OUT = Path.of("target", "test-pdfs");

    /** The four full seed reports (003 is a 39-line stub): South West 2021, Midlands 2018, Swansea 2022, Somerset 2023. */
    public static final List<String> SEED_FILES = List.of(
            "000_c5dd9fdec4e932ed.txt",
            "001_b158d966729c0dd6.txt",
            "002_468d300fb8876cf8.txt",
            "004_721eefaac5d4215c.txt");

    private static final Map<String, Typeset> CACHE = new ConcurrentHashMap<>();

    private TestPdfs() {}

    /** The PDF of {@code seedFile} (e.g. "001_b158d966729c0dd6.txt") in {@code layout}. */
    public static byte[] of(String seedFile, PdfLayout layout) {
        return typeset(seedFile, layout).pdf();
    }

    /** The typesetting of {@code seedFile} in {@code layout}, with its page and table counts and its time. */
    public static Typeset typeset(String seedFile, PdfLayout layout) {
        if (layout == PdfLayout.LIBREOFFICE) {
            LibreOffice.assumeAvailable();
        }
        String text = seed(seedFile);
        return CACHE.computeIfAbsent(layout + "/" + seedFile, k -> {
            Typeset t = ReportTypesetter.typeset(text, layout);
            write(seedFile, layout, t.pdf());
            return t;
        });
    }

    /** A seed report's text; skips the test (fails it with CI=true) when the seed is missing. */
    public static String seed(String seedFile) {
        return org.probation.analytics.importing.parse.SeedParsers.seed(seedFile);
    }

    private static void write(String seedFile, PdfLayout layout, byte[] pdf) {
        try {
            Path dir = Files.createDirectories(OUT.resolve(layout.name()));
            Files.write(dir.resolve(seedFile.replaceFirst("\\.txt$", "") + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
