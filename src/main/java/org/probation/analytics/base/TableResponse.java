package org.probation.analytics.base;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/** A list of records as the API returns it: JSON by default, CSV with a header row for {@code ?format=csv}. */
public final class TableResponse {

    private TableResponse() {}

    public static <T> ResponseEntity<?> of(List<T> rows, Class<T> type, String format, String fileName) {
        if (format == null || format.equals("json")) {
            return ResponseEntity.ok(rows);
        }
        if (!format.equals("csv")) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "format must be json or csv, not '" + format + "'");
        }
        String body = Csv.of(rows, type);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + ".csv\"")
                .body(body);
    }

    public static ResponseStatusException notFound(String what) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, what);
    }
}
