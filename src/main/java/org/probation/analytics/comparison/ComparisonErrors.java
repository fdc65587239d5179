package org.probation.analytics.comparison;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A comparison that cannot be made, answered in the API's one error shape: 404 when something
 * compared does not exist, 400 when the request is malformed; for every controller that compares
 * (Compare's endpoints and those of the features built on it: sub-samples, changes).
 */
@RestControllerAdvice
class ComparisonErrors {

    @ExceptionHandler(ComparisonException.NotFound.class)
    ResponseEntity<Map<String, String>> notFound(ComparisonException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(ComparisonException.BadRequest.class)
    ResponseEntity<Map<String, String>> badRequest(ComparisonException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", e.getMessage()));
    }
}
