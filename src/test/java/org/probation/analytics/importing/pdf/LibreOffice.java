package org.probation.analytics.importing.pdf;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Converts HTML to PDF with LibreOffice Writer:
 * {@code soffice --headless --norestore -env:UserInstallation=<profile> --infilter="HTML (StarWriter)"
 * --convert-to pdf:writer_pdf_Export --outdir <dir> <file>.html}. The input filter makes Writer (not Writer/Web)
 * lay the HTML out: paged A4, the table heading row repeated, rows split over page breaks. One throw-away profile
 * per JVM; each conversion gets 120 s.
 */
final class LibreOffice {

    static final String COMMAND = "soffice";
    private static final long TIMEOUT_SECONDS = 120;
    private static Path profile;

    private LibreOffice() {}

    /** The soffice executable ({@code $SOFFICE}, else on the PATH, else /usr/bin/soffice); null if none. */
    static Path executable() {
        String named = System.getenv("SOFFICE");
        if (named != null && !named.isBlank()) {
            return Files.isExecutable(Path.of(named)) ? Path.of(named) : null;
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, COMMAND))) {
                return Path.of(dir, COMMAND);
            }
        }
        Path usual = Path.of("/usr/bin", COMMAND);
        return Files.isExecutable(usual) ? usual : null;
    }

    /** Skips the calling test when LibreOffice is missing; fails it instead under {@code CI=true}. */
    static void assumeAvailable() {
        if (executable() == null) {
            String why = "LibreOffice (" + COMMAND + ") is not installed (PATH, /usr/bin, $SOFFICE)";
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true requires LibreOffice Writer for the LIBREOFFICE test PDFs: " + why);
            }
            Assumptions.abort("skipped: " + why);
        }
    }

    static byte[] convert(String html) {
        Path soffice = executable();
        if (soffice == null) {
            throw new IllegalStateException(
                    "cannot typeset the LIBREOFFICE layout: " + COMMAND + " not found (PATH, /usr/bin, $SOFFICE)");
        }
        return convert(soffice, html);
    }

    /** @throws IllegalStateException naming the command, its exit status and its output when it makes no PDF */
    static synchronized byte[] convert(Path soffice, String html) {
        Path dir = null;
        try {
            if (profile == null) {
                profile = Files.createTempDirectory("typeset-lo-profile");
                Path made = profile;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        delete(made);
                    } catch (IOException e) {
                        // a profile left in the temporary folder
                    }
                }));
            }
            dir = Files.createTempDirectory("typeset-lo");
            Path in = dir.resolve("report.html");
            Files.writeString(in, html, StandardCharsets.UTF_8);
            List<String> command = List.of(
                    soffice.toString(),
                    "--headless",
                    "--norestore",
                    "-env:UserInstallation=" + profile.toUri(),
                    "--infilter=HTML (StarWriter)",
                    "--convert-to",
                    "pdf:writer_pdf_Export",
                    "--outdir",
                    dir.toString(),
                    in.toString());
            Process p = new ProcessBuilder(command)
                    .redirectOutput(dir.resolve("stdout.txt").toFile())
                    .redirectError(dir.resolve("stderr.txt").toFile())
                    .start();
            boolean done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
            Path out = dir.resolve("report.pdf");
            if (!done || p.exitValue() != 0 || !Files.isRegularFile(out) || Files.size(out) == 0) {
                throw new IllegalStateException(String.join(" ", command)
                        + (done ? " exited " + p.exitValue() : " timed out after " + TIMEOUT_SECONDS + " s")
                        + " without a PDF; stderr: "
                        + Files.readString(dir.resolve("stderr.txt")).strip()
                        + "; stdout: "
                        + Files.readString(dir.resolve("stdout.txt")).strip()
                        + " (files kept in " + dir + ")");
            }
            byte[] pdf = Files.readAllBytes(out);
            delete(dir);
            return pdf;
        } catch (IOException e) {
            throw new UncheckedIOException("LibreOffice conversion in " + dir + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while LibreOffice converted in " + dir, e);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
