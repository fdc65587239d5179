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
 * dataset files, {@code text/plain} a report's text, {@code application/pdf} a report's PDF (a zip
 * of several: see {@code BatchImportApi}). A dry run returns the preview; otherwise the import is
 * committed (an existing import is replaced only with {@code replace=true}). {@code provider=ID}
 * sets a report's provider when its title does not name one the parser recognises.
 */
@RestController
class ImportApi {

    private final ImportService service;

    ImportApi(ImportService service) {
        this.service = service;
    }

    @PostMapping(
            value = "/api/imports",
            consumes = {"text/csv", "text/plain", "application/pdf"})
    ResponseEntity<?> importInspection(
            @RequestHeader("Content-Type") String contentType,
            HttpServletRequest request,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean replace,
            @RequestParam(required = false) String provider)
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
                                    + "(text/plain), its PDF (application/pdf), its dataset files (text/csv) "
                                    + "or a zip of reports (application/zip)"));
        }
        // media types are case-insensitive: TEXT/CSV is CSV
        MediaType type = MediaType.parseMediaType(contentType);
        boolean csv = type.isCompatibleWith(MediaType.valueOf("text/csv"));
        if (csv && provider != null) {
            return ResponseEntity.badRequest()
                    .body(Map.of(
                            "error", "provider applies to a report (text/plain or application/pdf), not to CSV files"));
        }
        ImportPreview preview;
        if (type.isCompatibleWith(MediaType.APPLICATION_PDF)) {
            preview = service.previewPdf(body, "upload.pdf", provider);
        } else {
            String text = ImportBundle.decode(body);
            preview = csv
                    ? service.preview(ImportBundle.split(text))
                    : service.previewReport(text, "upload.txt", provider);
        }
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

    /** Any other content type (the mappings that take one are more specific): a 415 naming those accepted. */
    @PostMapping("/api/imports")
    ResponseEntity<Map<String, String>> unsupported(
            @RequestHeader(value = "Content-Type", required = false) String type) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(Map.of(
                        "error",
                        "Content-Type " + (type == null ? "(none)" : type) + " is not accepted here; send text/plain "
                                + "(a report's text), application/pdf (its PDF), text/csv (its dataset files) or "
                                + "application/zip (a zip of reports)"));
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

    @ExceptionHandler(ImportException.UnknownProvider.class)
    ResponseEntity<Map<String, String>> unknownProvider(ImportException.UnknownProvider e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(ImportException.class)
    ResponseEntity<Map<String, Object>> refused(ImportException e) {
        return ResponseEntity.unprocessableContent().body(Map.of("errors", List.of(e.getMessage())));
    }
}
