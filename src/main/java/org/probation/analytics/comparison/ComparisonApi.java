package org.probation.analytics.comparison;

import org.probation.analytics.base.TableResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Comparisons as JSON, CSV with {@code ?format=csv} or an Excel workbook with {@code ?format=xlsx}. */
@RestController
@RequestMapping("/api")
public class ComparisonApi {

    private final ComparisonService service;
    private final TableResponse tables;

    ComparisonApi(ComparisonService service, TableResponse tables) {
        this.service = service;
        this.tables = tables;
    }

    @GetMapping("/compare/subsamples")
    ResponseEntity<?> subsamples(
            @RequestParam String inspection,
            @RequestParam(defaultValue = "community") String a,
            @RequestParam(defaultValue = "licence") String b,
            @RequestParam(required = false) String alpha,
            @RequestParam(required = false) String format) {
        return table(service.subsamples(inspection, a, b, alpha(alpha)), format, inspection + "-" + a + "-vs-" + b);
    }

    @GetMapping("/compare/benchmark")
    ResponseEntity<?> benchmark(
            @RequestParam String inspection,
            @RequestParam(defaultValue = "national") String against,
            @RequestParam(required = false) String alpha,
            @RequestParam(required = false) String format) {
        return table(service.benchmark(inspection, against, alpha(alpha)), format, inspection + "-vs-" + against);
    }

    @GetMapping("/compare/regions")
    ResponseEntity<?> regions(
            @RequestParam String framework,
            @RequestParam String a,
            @RequestParam String b,
            @RequestParam(required = false) String alpha,
            @RequestParam(required = false) String format) {
        return table(service.regions(framework, a, b, alpha(alpha)), format, framework + "-" + a + "-vs-" + b);
    }

    @GetMapping("/compare/peers")
    ResponseEntity<?> peers(
            @RequestParam String a,
            @RequestParam String b,
            @RequestParam(required = false) String alpha,
            @RequestParam(required = false) String format) {
        return table(service.peers(a, b, alpha(alpha)), format, a + "-vs-" + b);
    }

    @GetMapping("/compare/inspections")
    ResponseEntity<?> inspections(
            @RequestParam String before,
            @RequestParam String after,
            @RequestParam(required = false) String alpha,
            @RequestParam(required = false) String format) {
        return table(service.inspections(before, after, alpha(alpha)), format, before + "-to-" + after);
    }

    /** Rows as the API writes them: JSON, CSV with {@code ?format=csv}, a workbook with {@code ?format=xlsx}. */
    private ResponseEntity<?> table(java.util.List<ComparisonRow> rows, String format, String name) {
        return tables.of(rows, ComparisonRow.class, format, name, "The comparison " + name + ".");
    }

    /** The significance level: the inspectorate's 0.1 unless the request says otherwise (a 400 if it is not in (0, 1)). */
    public static double alpha(String text) {
        if (text == null) {
            return 0.1;
        }
        if (org.probation.analytics.base.Numbers.isDecimal(text)) {
            double alpha = Double.parseDouble(text);
            if (alpha > 0 && alpha < 1) {
                return alpha;
            }
        }
        throw new ComparisonException.BadRequest("alpha must be a number in (0, 1), not '" + text + "'");
    }
}
