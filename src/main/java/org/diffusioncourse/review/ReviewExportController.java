package org.diffusioncourse.review;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /export/reviews.csv} and {@code /export/reviews.json}: the whole review history,
 * for reviewers, authors and admins (the security chain and the service both check).
 */
@RestController
class ReviewExportController {

    private final ReviewService reviews;
    private final JsonMapper mapper;

    ReviewExportController(ReviewService reviews, JsonMapper mapper) {
        this.reviews = reviews;
        this.mapper = mapper;
    }

    @GetMapping("/export/reviews.csv")
    ResponseEntity<byte[]> csv() {
        return download("claim-reviews.csv", new MediaType("text", "csv", StandardCharsets.UTF_8),
                ReviewExport.csv(reviews.export()));
    }

    @GetMapping("/export/reviews.json")
    ResponseEntity<byte[]> json() {
        return download("claim-reviews.json", MediaType.APPLICATION_JSON, ReviewExport.json(reviews.export(), mapper));
    }

    private static ResponseEntity<byte[]> download(String name, MediaType type, String body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body.getBytes(StandardCharsets.UTF_8));
    }
}
