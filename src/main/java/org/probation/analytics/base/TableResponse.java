package org.probation.analytics.base;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.probation.analytics.base.export.Provenance;
import org.probation.analytics.base.export.Workbook;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A list of records as the API returns it: JSON by default, CSV with a header row for
 * {@code ?format=csv}, an Excel workbook of the same columns for {@code ?format=xlsx} (with an
 * About sheet: the source, the data version and the request's URL as the permalink).
 */
@Component
public class TableResponse {

    private final Provenance provenance;

    TableResponse(Provenance provenance) {
        this.provenance = provenance;
    }

    public <T> ResponseEntity<?> of(List<T> rows, Class<T> type, String format, String fileName) {
        return of(rows, type, format, fileName, null);
    }

    /** @param source which figures these are, in words, for a workbook's About sheet (null: the general source) */
    public <T> ResponseEntity<?> of(List<T> rows, Class<T> type, String format, String fileName, String source) {
        if (format == null || format.equals("json")) {
            return ResponseEntity.ok(rows);
        }
        return switch (format) {
            case "csv" ->
                ResponseEntity.ok()
                        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + ".csv\"")
                        .body(Csv.of(rows, type));
            case "xlsx" -> {
                String permalink =
                        ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString();
                byte[] book = Workbook.of(rows, type, provenance.about(fileName, source, permalink));
                yield file(book, Workbook.MEDIA_TYPE, fileName + ".xlsx");
            }
            default ->
                throw new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, "format must be json, csv or xlsx, not '" + format + "'");
        };
    }

    private static ResponseEntity<byte[]> file(byte[] body, String mediaType, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"")
                .body(body);
    }

    public static ResponseStatusException notFound(String what) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, what);
    }
}
