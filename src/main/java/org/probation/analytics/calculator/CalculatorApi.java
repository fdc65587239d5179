package org.probation.analytics.calculator;

import java.util.Map;
import org.probation.analytics.base.Numbers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The two-proportion calculator as JSON. */
@RestController
class CalculatorApi {

    private final CalculatorService service;

    CalculatorApi(CalculatorService service) {
        this.service = service;
    }

    @GetMapping("/api/stats/two-proportions")
    Calculation twoProportions(
            @RequestParam String x1,
            @RequestParam String n1,
            @RequestParam String x2,
            @RequestParam String n2,
            @RequestParam(defaultValue = "0.1") String alpha,
            @RequestParam(defaultValue = "0.9") String level) {
        // one number rule for every parameter (Numbers): no hexadecimal, no non-ASCII digits, no NaN
        return service.twoProportions(
                Numbers.whole("x1", x1),
                Numbers.whole("n1", n1),
                Numbers.whole("x2", x2),
                Numbers.whole("n2", n2),
                Numbers.decimal("alpha", alpha),
                Numbers.decimal("level", level));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> invalid(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", e.getMessage()));
    }
}
