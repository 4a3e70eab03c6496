package org.diffusioncourse.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of every refusal: 400 for a bad value, and the 404 and 415 given at the door.
 *
 * @param error   what is wrong, in a sentence that names the value
 * @param field   the request field at fault ({@code path} and {@code Content-Type} at the door)
 * @param allowed the accepted values or range, e.g. {@code ["linear", "cosine"]} or {@code ["1..10000"]}
 */
public record ApiError(String error, String field, List<String> allowed) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Sends this error as the whole answer, for refusals given outside a controller (a filter, a handler mapping). */
    void send(int status, HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), this);
    }
}
