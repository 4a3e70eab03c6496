package org.diffusioncourse.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diffusioncourse.demo.DrawnFrame;
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
 * its ETag. The SVG carries its own words ({@link DrawnFrame}): title, text alternative, readout.
 * Every refusal is a 400 that names the parameter at fault.
 *
 * <p>{@code GET /api/v1/figures/{demo}/{figure}.csv?...}: the numbers the same figure draws (its
 * points and curve vertices) as CSV, for the figures whose demo keeps a data table; read with the
 * same query and refusals, plus an optional {@code lesson} that only names the downloaded file.
 * The SVG is served {@code inline} without a file name, so the page's download link can name it.
 */
@RestController
class FigureController {

    private static final MediaType SVG = new MediaType("image", "svg+xml", java.nio.charset.StandardCharsets.UTF_8);

    private final DemoCatalog catalog;

    FigureController(DemoCatalog catalog) {
        this.catalog = catalog;
    }

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    /** What a lesson id looks like; the {@code lesson} of a CSV request names a file and nothing else. */
    private static final java.util.regex.Pattern LESSON_ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    @GetMapping("/api/v1/figures/{demo}/{figure}.svg")
    ResponseEntity<?> figure(@PathVariable String demo, @PathVariable String figure, HttpServletRequest request) {
        LessonDemo lessonDemo = catalog.demo(demo).orElse(null);
        if (lessonDemo == null) {
            return unknownDemo(demo);
        }
        DrawnFrame frame = lessonDemo.figureFrame(figure, query(request));
        // The frame's ETag was computed once when it was drawn; the API's ETag filter skips
        // figures (ApiEtagFilter), so a request neither copies nor hashes the bytes again.
        if (ApiEtagFilter.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), frame.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(frame.etag())
                    .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                    .build();
        }
        return ResponseEntity.ok()
                .contentType(SVG)
                .eTag(frame.etag())
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                // The SVG is ours and holds no script; if opened on its own it may still not run any.
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
                .header("X-Content-Type-Options", "nosniff")
                // No file name: the page's download link names the file after the lesson and state.
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .body(frame.bytes());
    }

    @GetMapping("/api/v1/figures/{demo}/{figure}.csv")
    ResponseEntity<?> data(@PathVariable String demo, @PathVariable String figure, HttpServletRequest request) {
        LessonDemo lessonDemo = catalog.demo(demo).orElse(null);
        if (lessonDemo == null) {
            return unknownDemo(demo);
        }
        Map<String, String> query = query(request);
        String lesson = query.getOrDefault("lesson", "");
        if (!lesson.isEmpty() && !LESSON_ID.matcher(lesson).matches()) {
            throw new FigureRequestRefused("lesson", "lesson must be a lesson id (lower-case letters, digits and "
                    + "hyphens, at most 80); was \"" + JsonFields.shorten(lesson) + "\"", List.of());
        }
        String csv = lessonDemo.figureCsv(figure, query);
        return ResponseEntity.ok()
                .contentType(CSV)
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\""
                        + org.diffusioncourse.demo.FigureFiles.name(lesson, demo, figure, query, "csv") + "\"")
                .body(csv);
    }

    private ResponseEntity<ApiError> unknownDemo(String demo) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError("demo must be one of "
                + String.join(", ", catalog.demoIds()) + "; was \"" + JsonFields.shorten(demo) + "\"", "demo", catalog.demoIds()));
    }

    /** The query, each key once. */
    private static Map<String, String> query(HttpServletRequest request) {
        Map<String, String> query = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> entry : request.getParameterMap().entrySet()) {
            if (entry.getValue().length != 1) {
                throw new FigureRequestRefused(entry.getKey(), entry.getKey() + " must be given once, was given "
                        + entry.getValue().length + " times", List.of());
            }
            query.put(entry.getKey(), entry.getValue()[0]);
        }
        return query;
    }

    @ExceptionHandler(FigureRequestRefused.class)
    ResponseEntity<ApiError> refused(FigureRequestRefused refused) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(refused.getMessage(), refused.parameter(), refused.allowed()));
    }

}
