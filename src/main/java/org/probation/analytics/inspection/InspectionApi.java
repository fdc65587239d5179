package org.probation.analytics.inspection;

import java.util.List;
import org.probation.analytics.base.Numbers;
import org.probation.analytics.base.TableResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Read-only JSON API over the same service as the views. */
@RestController
@RequestMapping("/api")
class InspectionApi {

    private final InspectionService service;
    private final TableResponse tables;

    InspectionApi(InspectionService service, TableResponse tables) {
        this.service = service;
        this.tables = tables;
    }

    record ProviderJson(String id, String name, String type, String region) {
        static ProviderJson of(Provider p) {
            return new ProviderJson(p.id(), p.name(), p.type().code(), p.region());
        }
    }

    @GetMapping("/inspections")
    ResponseEntity<?> inspections(@RequestParam(required = false) String format) {
        return tables.of(
                service.inspections().stream().map(InspectionJson::of).toList(),
                InspectionJson.class,
                format,
                "inspections",
                "Every loaded inspection.");
    }

    @GetMapping("/providers")
    ResponseEntity<?> providers(@RequestParam(required = false) String format) {
        return tables.of(
                service.providers().stream().map(ProviderJson::of).toList(),
                ProviderJson.class,
                format,
                "providers",
                "Every provider: the reference list of regions and PDUs and the providers of the loaded reports.");
    }

    @GetMapping("/inspections/{id}/results")
    ResponseEntity<?> results(@PathVariable String id, @RequestParam(required = false) String format) {
        List<ResultRow> rows =
                service.results(id).orElseThrow(() -> TableResponse.notFound("no inspection '" + id + "'"));
        return tables.of(rows, ResultRow.class, format, id + "-results", "Every result of inspection " + id + ".");
    }

    /** The most flags one answer gives; {@code offset} pages on, and the X-Total-Count header gives the total. */
    static final int MAX_FLAGS = 10_000;

    @GetMapping("/data-quality")
    ResponseEntity<?> dataQuality(
            @RequestParam(required = false) String inspection,
            @RequestParam(required = false) String format,
            @RequestParam(defaultValue = "1000") String limit,
            @RequestParam(defaultValue = "0") String offset) {
        if (inspection != null && service.inspection(inspection).isEmpty()) {
            throw TableResponse.notFound("no inspection '" + inspection + "'");
        }
        int take = Numbers.whole("limit", limit);
        int skip = Numbers.whole("offset", offset);
        if (take < 1 || take > MAX_FLAGS) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "limit must be from 1 to " + MAX_FLAGS + ", was " + take);
        }
        if (skip < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "offset must not be negative, was " + skip);
        }
        List<QualityFlag> all = service.flags(inspection);
        List<QualityFlag> page =
                all.subList(Math.min(skip, all.size()), (int) Math.min((long) skip + take, all.size()));
        ResponseEntity<?> table = tables.of(
                page,
                QualityFlag.class,
                format,
                "data-quality",
                "Data-quality flags" + (inspection == null ? "" : " of inspection " + inspection) + ", rows "
                        + (skip + 1) + " to " + (skip + page.size()) + " of " + all.size() + ".");
        return ResponseEntity.status(table.getStatusCode())
                .headers(table.getHeaders())
                .header("X-Total-Count", String.valueOf(all.size()))
                .body(table.getBody());
    }
}
