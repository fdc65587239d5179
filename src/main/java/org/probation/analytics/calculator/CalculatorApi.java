package org.probation.analytics.calculator;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The two-proportion calculator as JSON. */
@RestController
class CalculatorApi {

    private final CalculatorService service;

    CalculatorApi(CalculatorService service) {
        this.service = service;
    }

    @GetMapping("/api/stats/two-proportions")
    Calculation twoProportions(@RequestParam int x1, @RequestParam int n1, @RequestParam int x2, @RequestParam int n2,
            @RequestParam(defaultValue = "0.1") double alpha, @RequestParam(defaultValue = "0.9") double level) {
        return service.twoProportions(x1, n1, x2, n2, alpha, level);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> invalid(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> notANumber(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(Map.of("error", e.getName() + " must be a number, not '" + e.getValue() + "'"));
    }
}
