package org.probation.analytics.importing;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

    @PostMapping(value = "/api/imports", consumes = {"text/csv", "text/plain"})
    ResponseEntity<?> importInspection(@RequestHeader("Content-Type") String contentType, @RequestBody byte[] body,
            @RequestParam(defaultValue = "true") boolean dryRun, @RequestParam(defaultValue = "false") boolean replace) {
        if (body.length > ImportService.MAX_BYTES) {
            throw new ImportException("the upload is " + body.length + " bytes; the limit is " + ImportService.MAX_BYTES);
        }
        String text = ImportBundle.decode(body);
        ImportPreview preview = contentType.startsWith("text/csv")
                ? service.preview(ImportBundle.split(text))
                : service.previewReport(text, "upload.txt");
        if (!preview.committable()) {
            return ResponseEntity.unprocessableContent().body(preview);
        }
        if (dryRun) {
            service.cancel(preview.token());
            return ResponseEntity.ok(preview);
        }
        String id = service.commit(preview.token(), replace);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id, "replaced", preview.exists(),
                "results", preview.results().size(), "flags", preview.flags().size()));
    }

    @DeleteMapping("/api/imports/{id}")
    ResponseEntity<Map<String, String>> delete(@PathVariable String id) {
        service.delete(id);
        return ResponseEntity.ok(Map.of("deleted", id));
    }

    @ExceptionHandler(ImportException.class)
    ResponseEntity<Map<String, Object>> refused(ImportException e) {
        return ResponseEntity.unprocessableContent().body(Map.of("errors", List.of(e.getMessage())));
    }
}
