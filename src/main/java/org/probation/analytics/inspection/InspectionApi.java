package org.probation.analytics.inspection;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
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

    /** One object per loaded inspection. */
    record InspectionJson(String id, String provider, String providerId, String providerType, String region,
            String framework, String fieldworkStart, String fieldworkStartPrecision, String published,
            Integer score, Integer maxScore, String overallRating, String title) {

        static InspectionJson of(Inspection i) {
            return new InspectionJson(i.id(), i.provider(), i.providerId(), i.providerType().code(), i.region(),
                    i.framework(), i.fieldworkStart().toString(), i.fieldworkStartPrecision(),
                    i.published().toString(), i.score(), i.maxScore(), i.overallRating(), i.title());
        }
    }

    record ProviderJson(String id, String name, String type, String region) {
        static ProviderJson of(Provider p) {
            return new ProviderJson(p.id(), p.name(), p.type().code(), p.region());
        }
    }

    @GetMapping("/inspections")
    List<InspectionJson> inspections() {
        return service.inspections().stream().map(InspectionJson::of).toList();
    }

    @GetMapping("/providers")
    List<ProviderJson> providers() {
        return service.providers().stream().map(ProviderJson::of).toList();
    }
}
