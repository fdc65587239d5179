package org.probation.analytics.changes;

import org.probation.analytics.comparison.ComparisonApi;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The significant changes between successive inspections, as JSON or CSV ({@code ?format=csv}). */
@RestController
@RequestMapping("/api")
class ChangesApi {

    private final ChangesService service;

    ChangesApi(ChangesService service) {
        this.service = service;
    }

    @GetMapping("/changes")
    ResponseEntity<?> changes(
            @RequestParam(required = false) String alpha, @RequestParam(required = false) String format) {
        return ComparisonApi.table(service.changes(ComparisonApi.alpha(alpha)), format, "significant-changes");
    }
}
