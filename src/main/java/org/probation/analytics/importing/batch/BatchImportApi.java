package org.probation.analytics.importing.batch;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A zip of reports over HTTP (admin only, HTTP Basic): {@code POST /api/imports} with {@code application/zip}.
 * Each file is previewed on its own; the answer lists every file's outcome. A dry run (the default) writes
 * nothing; {@code dryRun=false} commits the ready ones (replacing existing imports only with {@code replace=true})
 * and leaves the others out with their reasons. 200 when at least one file is ready (dry run) or committed; 422
 * when none could be.
 */
@RestController
class BatchImportApi {

    private final BatchImportService service;

    BatchImportApi(BatchImportService service) {
        this.service = service;
    }

    @PostMapping(value = "/api/imports", consumes = "application/zip")
    ResponseEntity<?> importZip(
            HttpServletRequest request,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean replace,
            @RequestParam(required = false) String provider)
            throws IOException {
        if (provider != null) {
            return error(
                    HttpStatus.BAD_REQUEST,
                    "provider applies to a single report: send that report alone (text/plain or application/pdf)");
        }
        if (request.getContentLengthLong() > BatchLimits.MAX_ZIP_BYTES) {
            return tooLarge(request.getContentLengthLong() + " bytes");
        }
        // at most one byte past the limit is read: a larger body is refused without being held whole
        byte[] body = request.getInputStream().readNBytes((int) BatchLimits.MAX_ZIP_BYTES + 1);
        if (body.length > BatchLimits.MAX_ZIP_BYTES) {
            return tooLarge("more than " + BatchLimits.MAX_ZIP_BYTES + " bytes");
        }
        if (body.length == 0) {
            return error(HttpStatus.BAD_REQUEST, "the request body is empty: send a zip of reports");
        }
        if (!ZipReader.isZip(body)) {
            return ResponseEntity.unprocessableContent()
                    .body(Map.of(
                            "errors",
                            List.of("upload.zip: not a zip (it does not begin with 'PK'): send a zip of reports, "
                                    + "or one report as text/plain or application/pdf")));
        }
        Batch batch = new Batch();
        try {
            service.add(batch, List.of(BatchFile.of("upload.zip", body)));
            List<BatchEntry> entries = dryRun ? batch.entries() : committed(batch, replace);
            boolean any =
                    entries.stream().anyMatch(e -> dryRun ? e.status().ready() : e.status() == EntryStatus.COMMITTED);
            BatchJson json = BatchJson.of(dryRun, entries);
            return any
                    ? ResponseEntity.ok(json)
                    : ResponseEntity.unprocessableContent().body(json);
        } finally {
            service.discard(batch); // an API client does not come back to a preview
        }
    }

    private List<BatchEntry> committed(Batch batch, boolean replace) {
        service.commitReady(batch, replace);
        return batch.entries();
    }

    private static ResponseEntity<Map<String, String>> tooLarge(String size) {
        return error(
                HttpStatus.CONTENT_TOO_LARGE,
                "the zip is " + size + "; the limit is " + BatchLimits.MAX_ZIP_BYTES + " bytes");
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }
}
