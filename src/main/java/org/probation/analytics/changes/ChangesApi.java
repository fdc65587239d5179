package org.probation.analytics.changes;

import org.probation.analytics.base.TableResponse;
import org.probation.analytics.comparison.ComparisonApi;
import org.probation.analytics.comparison.ComparisonRow;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The significant changes between successive inspections, as JSON, CSV ({@code ?format=csv}) or a workbook ({@code ?format=xlsx}). */
@RestController
@RequestMapping("/api")
class ChangesApi {

    private final ChangesService service;
    private final TableResponse tables;

    ChangesApi(ChangesService service, TableResponse tables) {
        this.service = service;
        this.tables = tables;
    }

    @GetMapping("/changes")
    ResponseEntity<?> changes(
            @RequestParam(required = false) String alpha, @RequestParam(required = false) String format) {
        double a = ComparisonApi.alpha(alpha);
        return tables.of(
                service.changes(a),
                ComparisonRow.class,
                format,
                "significant-changes",
                "Every significant change between successive inspections of a provider at α = " + a + ".");
    }
}
