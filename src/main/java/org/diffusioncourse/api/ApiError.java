package org.diffusioncourse.api;

import java.util.List;

/**
 * The body of every 400 answer.
 *
 * @param error   what is wrong, in a sentence that names the value
 * @param field   the request field at fault
 * @param allowed the accepted values or range, e.g. {@code ["linear", "cosine"]} or {@code ["1..10000"]}
 */
public record ApiError(String error, String field, List<String> allowed) {
}
