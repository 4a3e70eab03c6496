package org.diffusioncourse.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diffusioncourse.demo.FigureRequestRefused;
import org.diffusioncourse.demo.LessonDemo;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/figures/{demo}/{figure}.svg?...}: a lesson demo's figure for the state in
 * the query (the page's own link parameters, plus {@code revealed=true} after the reveal). These
 * are the exact bytes the lesson page shows: the page fetches every slider step from here. The
 * answer is a pure function of the URL, so browsers may keep it for an hour and revalidate with
 * its ETag. Every refusal is a 400 that names the parameter at fault.
 */
@RestController
class FigureController {

    private static final MediaType SVG = new MediaType("image", "svg+xml", java.nio.charset.StandardCharsets.UTF_8);

    private final DemoCatalog catalog;

    FigureController(DemoCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/v1/figures/{demo}/{figure}.svg")
    ResponseEntity<?> figure(@PathVariable String demo, @PathVariable String figure, HttpServletRequest request) {
        LessonDemo lessonDemo = catalog.demo(demo).orElse(null);
        if (lessonDemo == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError("demo must be one of "
                    + String.join(", ", catalog.demoIds()) + "; was \"" + JsonFields.shorten(demo) + "\"", "demo", catalog.demoIds()));
        }
        Map<String, String> query = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> entry : request.getParameterMap().entrySet()) {
            if (entry.getValue().length != 1) {
                throw new FigureRequestRefused(entry.getKey(), entry.getKey() + " must be given once, was given "
                        + entry.getValue().length + " times", List.of());
            }
            query.put(entry.getKey(), entry.getValue()[0]);
        }
        String svg = lessonDemo.figure(figure, query);
        return ResponseEntity.ok()
                .contentType(SVG)
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                // The SVG is ours and holds no script; if opened on its own it may still not run any.
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + demo + "-" + figure + ".svg\"")
                .body(svg);
    }

    @ExceptionHandler(FigureRequestRefused.class)
    ResponseEntity<ApiError> refused(FigureRequestRefused refused) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(refused.getMessage(), refused.parameter(), refused.allowed()));
    }

}
