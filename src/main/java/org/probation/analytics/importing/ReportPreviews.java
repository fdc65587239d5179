package org.probation.analytics.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.probation.analytics.importing.parse.KnownProvider;
import org.probation.analytics.importing.parse.ParseProblem;
import org.probation.analytics.importing.parse.ParsedReport;
import org.probation.analytics.importing.parse.Recognised;
import org.probation.analytics.importing.parse.ReportParser;
import org.probation.analytics.importing.pdf.PdfReportReader;
import org.probation.analytics.importing.pdf.PdfSources;
import org.probation.analytics.importing.pdf.PdfText;

/**
 * A report, as text or PDF, parsed into the dataset files to preview as any import: both paths share everything
 * after reading the text. A report the parser could not read completely is not imported: each of its problems
 * is an error. The preview lists what was recognised, and how, and the limits of the reading.
 */
final class ReportPreviews {

    /**
     * A report read: the files to preview (null when there is no inspection to check: no provider or year), the
     * parser's problems in words, its facts and the reading's limits.
     */
    record Parsed(
            String sourceFile,
            List<ImportFile> files,
            List<String> problems,
            List<Recognised> facts,
            List<String> limits) {}

    private final ImportRepository repository;

    ReportPreviews(ImportRepository repository) {
        this.repository = repository;
    }

    ReportParser parser() {
        return new ReportParser(repository.questions(), repository.providers());
    }

    Parsed text(ReportParser parser, String text, String sourceFile, String providerId) {
        ParsedReport parsed = parser.parse(text, sourceFile, known(parser, providerId));
        return read(
                parsed,
                sourceFile,
                p -> (p.line() > 0 ? sourceFile + " line " + p.line() + ": " : sourceFile + ": ") + p.reason(),
                List.of());
    }

    /** @throws ImportException naming the file when it is no readable PDF (encrypted, scanned, damaged) */
    Parsed pdf(ReportParser parser, byte[] bytes, String fileName, String providerId) {
        String chosen = known(parser, providerId);
        PdfText pdf = PdfReportReader.read(bytes, fileName);
        ParsedReport parsed = parser.parse(pdf.text(), fileName, chosen);
        UnaryOperator<Recognised> inPdf = r -> {
            String at = PdfSources.where(pdf, r.line());
            return r.withWhere(at.isEmpty() ? "" : fileName + " " + at);
        };
        ParsedReport remapped = PdfSources.remap(parsed, pdf, fileName)
                .withRecognised(parsed.recognised().stream().map(inPdf).toList());
        return read(remapped, fileName, p -> PdfSources.describe(p, pdf, fileName), pdf.limits());
    }

    /** The preview of a report: its files' preview (null when it had none) with its problems, facts and limits. */
    static ImportPreview preview(Parsed report, ImportPreview files, java.util.function.Consumer<String> cancel) {
        if (files == null) {
            List<String> errors = report.problems().isEmpty()
                    ? List.of(report.sourceFile() + ": no inspection found in the text")
                    : report.problems();
            return new ImportPreview(
                    null, null, false, null, List.of(), List.of(), errors, report.facts(), report.limits());
        }
        ImportPreview preview = files.withReport(report.facts(), report.limits());
        if (report.problems().isEmpty()) {
            return preview;
        }
        // a report the parser could not read completely is not imported: every problem is shown
        cancel.accept(preview.token());
        return preview.refusedFor(report.problems());
    }

    List<KnownProvider> providers() {
        return parser().providers();
    }

    private static String known(ReportParser parser, String providerId) {
        if (providerId != null && parser.provider(providerId).isEmpty()) {
            throw new ImportException.UnknownProvider(providerId);
        }
        return providerId;
    }

    private Parsed read(
            ParsedReport parsed, String sourceFile, Function<ParseProblem, String> describe, List<String> ownLimits) {
        List<String> problems = parsed.problems().stream().map(describe).toList();
        List<Recognised> facts = named(parsed.recognised());
        List<String> limits = ImportLimits.forReport(ownLimits);
        String id = parsed.inspection() == null ? "" : parsed.inspection().get("id");
        if (id.isEmpty()) {
            return new Parsed(sourceFile, null, problems, facts, limits);
        }
        List<ImportFile> files = new ArrayList<>(List.of(
                new ImportFile("inspection.csv", parsed.inspectionCsv()),
                new ImportFile("results.csv", parsed.resultsCsv())));
        if (!parsed.samples().isEmpty()) {
            files.add(new ImportFile("samples.csv", parsed.samplesCsv()));
        }
        if (!parsed.ratings().isEmpty()) {
            files.add(new ImportFile("ratings.csv", parsed.ratingsCsv()));
        }
        return new Parsed(sourceFile, files, problems, facts, limits);
    }

    /** The framework shown by its name, as the frameworks list names it. */
    private List<Recognised> named(List<Recognised> facts) {
        Map<String, String> names = repository.frameworkNames();
        return facts.stream()
                .map(r -> r.field().equals("framework") && names.containsKey(r.value())
                        ? new Recognised(
                                r.field(),
                                r.value(),
                                names.get(r.value()) + " (" + r.value() + ")",
                                r.how(),
                                r.line(),
                                r.where(),
                                r.quote(),
                                r.candidates())
                        : r)
                .toList();
    }
}
