package org.probation.analytics.inspection;

import java.util.List;
import org.probation.analytics.base.TableResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-only JSON API over the same service as the views. */
@RestController
@RequestMapping("/api")
class InspectionApi {

    private final InspectionService service;

    InspectionApi(InspectionService service) {
        this.service = service;
    }

    record ProviderJson(String id, String name, String type, String region) {
        static ProviderJson of(Provider p) {
            return new ProviderJson(p.id(), p.name(), p.type().code(), p.region());
        }
    }

    @GetMapping("/inspections")
    ResponseEntity<?> inspections(@RequestParam(required = false) String format) {
        return TableResponse.of(service.inspections().stream().map(InspectionJson::of).toList(),
                InspectionJson.class, format, "inspections");
    }

    @GetMapping("/providers")
    ResponseEntity<?> providers(@RequestParam(required = false) String format) {
        return TableResponse.of(service.providers().stream().map(ProviderJson::of).toList(),
                ProviderJson.class, format, "providers");
    }

    @GetMapping("/inspections/{id}/results")
    ResponseEntity<?> results(@PathVariable String id, @RequestParam(required = false) String format) {
        List<ResultRow> rows = service.results(id)
                .orElseThrow(() -> TableResponse.notFound("no inspection '" + id + "'"));
        return TableResponse.of(rows, ResultRow.class, format, id + "-results");
    }

    @GetMapping("/data-quality")
    ResponseEntity<?> dataQuality(@RequestParam(required = false) String inspection,
            @RequestParam(required = false) String format) {
        if (inspection != null && service.inspection(inspection).isEmpty()) {
            throw TableResponse.notFound("no inspection '" + inspection + "'");
        }
        return TableResponse.of(service.flags(inspection), QualityFlag.class, format, "data-quality");
    }
}
