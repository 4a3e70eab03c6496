package org.diffusioncourse.notes;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /export/my-notes.md}: the signed-in learner's notes as a Markdown download. */
@RestController
class NoteExportController {

    private final NoteService notes;

    NoteExportController(NoteService notes) {
        this.notes = notes;
    }

    @GetMapping("/export/my-notes.md")
    ResponseEntity<byte[]> export() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("my-notes.md").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(notes.exportMarkdown().getBytes(StandardCharsets.UTF_8));
    }
}
