package org.probation.analytics.rating;

import org.probation.analytics.base.TableResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ratings explained: each standard against the rule, and the overall score against the bands. */
@RestController
@RequestMapping("/api/inspections/{id}")
class RatingApi {

    private final RatingService service;
    private final TableResponse tables;

    RatingApi(RatingService service, TableResponse tables) {
        this.service = service;
        this.tables = tables;
    }

    @GetMapping("/ratings")
    ResponseEntity<?> ratings(@PathVariable String id, @RequestParam(required = false) String format) {
        return tables.of(
                service.standards(id).orElseThrow(() -> TableResponse.notFound("no inspection '" + id + "'")),
                StandardRatingCheck.class,
                format,
                id + "-ratings",
                "The standard ratings of inspection " + id + ", published and by the rule.");
    }

    @GetMapping("/overall")
    OverallCheck overall(@PathVariable String id) {
        return service.overall(id).orElseThrow(() -> TableResponse.notFound("no inspection '" + id + "'"));
    }
}
