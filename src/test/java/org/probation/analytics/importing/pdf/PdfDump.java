package org.probation.analytics.importing.pdf;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tool, not a check: {@code PdfDump file.pdf [seed.txt]} writes the text the PDF import reads, each line with its
 * page and line, to {@code file.pdf.txt}; given a seed, it prints how the PDF's parse differs from the seed text's.
 * Run it on the test classpath ({@code ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt}, then
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.probation.analytics.importing.pdf.PdfDump
 * file.pdf 001_b158d966729c0dd6.txt}).
 */
final class PdfDump {

    private PdfDump() {}

    public static void main(String[] args) throws Exception {
        Path pdf = Path.of(args[0]);
        PdfText text =
                PdfReportReader.read(Files.readAllBytes(pdf), pdf.getFileName().toString());
        StringBuilder b = new StringBuilder();
        String[] lines = text.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            PdfLine at = text.source(i + 1);
            b.append(at == null ? "" : at.page() + ":" + at.line())
                    .append(" | ")
                    .append(lines[i])
                    .append('\n');
        }
        Files.writeString(Path.of(pdf + ".txt"), b);
        String seed = args.length > 1 ? args[1] : null;
        if (seed != null) {
            var parser = org.probation.analytics.importing.parse.SeedParsers.parser();
            var fromText = parser.parse(Files.readString(Path.of("..", "shared", "seeds", seed)), seed);
            var fromPdf = parser.parse(text.text(), pdf.getFileName().toString());
            PdfParity parity = PdfParity.of(fromText, fromPdf);
            System.out.println("PARITY " + parity.matchedResults() + "/" + parity.textResults());
            parity.differences().forEach(d -> System.out.println("  " + d));
        }
    }
}
