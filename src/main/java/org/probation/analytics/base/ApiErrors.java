package org.probation.analytics.base;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * One shape for every API error: {@code {"error": "..."}} with the status, the message naming the
 * parameter or id at fault. A controller's own handlers come first; these catch what Spring
 * raises before a controller runs (a missing or malformed parameter, an empty body, a media type
 * it does not take) and the {@link ResponseStatusException}s the table endpoints throw.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiErrors {

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Map<String, String>> status(ResponseStatusException e) {
        return error(
                e.getStatusCode(), e.getReason() == null ? e.getStatusCode().toString() : e.getReason());
    }

    @ExceptionHandler(Numbers.NotANumber.class)
    ResponseEntity<Map<String, String>> notANumber(Numbers.NotANumber e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, String>> missing(MissingServletRequestParameterException e) {
        return error(HttpStatus.BAD_REQUEST, "parameter '" + e.getParameterName() + "' is required");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> mismatch(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, e.getName() + " must be a number, not '" + e.getValue() + "'");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        return error(
                HttpStatus.BAD_REQUEST,
                "the request body is empty or unreadable: send the report's text "
                        + "(text/plain) or its dataset files (text/csv)");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> mediaType(HttpMediaTypeNotSupportedException e) {
        return error(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type " + e.getContentType() + " is not accepted here; " + "accepted: "
                        + e.getSupportedMediaTypes());
    }

    static ResponseEntity<Map<String, String>> error(HttpStatusCode status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }
}
