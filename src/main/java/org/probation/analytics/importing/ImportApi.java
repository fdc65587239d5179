package org.probation.analytics.importing;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports over HTTP (admin only, HTTP Basic): {@code text/csv} is a bundle of the inspection's
 * dataset files, {@code text/plain} a report's text. A dry run returns the preview; otherwise
 * the import is committed (an existing import is replaced only with {@code replace=true}).
 */
@RestController
class ImportApi {

    private final ImportService service;

    ImportApi(ImportService service) {
        this.service = service;
    }

    @PostMapping(
            value = "/api/imports",
            consumes = {"text/csv", "text/plain"})
    ResponseEntity<?> importInspection(
            @RequestHeader("Content-Type") String contentType,
            HttpServletRequest request,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean replace)
            throws IOException {
        // read at most one byte past the limit: a larger body is refused without being held whole
        if (request.getContentLengthLong() > ImportService.MAX_BYTES) {
            return tooLarge(request.getContentLengthLong() + " bytes");
        }
        byte[] body = request.getInputStream().readNBytes((int) ImportService.MAX_BYTES + 1);
        if (body.length > ImportService.MAX_BYTES) {
            return tooLarge("more than " + ImportService.MAX_BYTES + " bytes");
        }
        if (body.length == 0) {
            return ResponseEntity.badRequest()
                    .body(Map.of(
                            "error",
                            "the request body is empty: send the report's text "
                                    + "(text/plain) or its dataset files (text/csv)"));
        }
        String text = ImportBundle.decode(body);
        // media types are case-insensitive: TEXT/CSV is CSV
        ImportPreview preview = MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.valueOf("text/csv"))
                ? service.preview(ImportBundle.split(text))
                : service.previewReport(text, "upload.txt");
        if (!preview.committable()) {
            return ResponseEntity.unprocessableContent().body(preview);
        }
        if (dryRun) {
            service.cancel(preview.token());
            return ResponseEntity.ok(preview);
        }
        String id;
        try {
            id = service.commit(preview.token(), replace);
        } catch (RuntimeException e) {
            // an API client does not come back to a refused preview: nothing of it is kept
            service.cancel(preview.token());
            throw e;
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of(
                        "id",
                        id,
                        "replaced",
                        preview.exists(),
                        "results",
                        preview.results().size(),
                        "flags",
                        preview.flags().size()));
    }

    @DeleteMapping("/api/imports/{id}")
    ResponseEntity<Map<String, String>> delete(@PathVariable String id) {
        service.delete(id);
        return ResponseEntity.ok(Map.of("deleted", id));
    }

    private static ResponseEntity<Map<String, String>> tooLarge(String size) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(Map.of(
                        "error", "the upload is " + size + "; the limit is " + ImportService.MAX_BYTES + " bytes"));
    }

    @ExceptionHandler(ImportException.class)
    ResponseEntity<Map<String, Object>> refused(ImportException e) {
        return ResponseEntity.unprocessableContent().body(Map.of("errors", List.of(e.getMessage())));
    }
}
