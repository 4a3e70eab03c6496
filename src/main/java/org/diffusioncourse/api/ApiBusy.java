package org.diffusioncourse.api;

/**
 * The body of a 503: the heavy work's workers and queue are full ({@link RunPool}).
 *
 * @param error      why, in a sentence
 * @param retryAfter seconds to wait before trying again, as in the Retry-After header
 */
public record ApiBusy(String error, long retryAfter) {
}
