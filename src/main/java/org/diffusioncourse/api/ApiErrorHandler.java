package org.diffusioncourse.api;

import java.util.List;
import org.diffusioncourse.base.ShutdownGate;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns refused requests into {@link ApiError} bodies (400), and a run the {@link RunPool} has no
 * place for, or one refused because the instance is stopping ({@link ShutdownGate}), into an
 * {@link ApiBusy} (503 with Retry-After); never a stack trace.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackageClasses = ApiErrorHandler.class)
class ApiErrorHandler {

    @ExceptionHandler(InvalidChoice.class)
    ResponseEntity<ApiError> invalidChoice(InvalidChoice choice) {
        return badRequest(new ApiError(choice.getMessage(), choice.field(), choice.allowed()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return badRequest(new ApiError("missing required parameter " + e.getParameterName(), e.getParameterName(), List.of()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
        String value = String.valueOf(e.getValue());
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return badRequest(new ApiError(e.getName() + " must be a whole number, was \"" + shown + "\"", e.getName(), List.of()));
    }

    @ExceptionHandler(RunPool.Full.class)
    ResponseEntity<ApiBusy> busy(RunPool.Full full) {
        return unavailable(full.getMessage(), full.retryAfterSeconds());
    }

    @ExceptionHandler(ShutdownGate.Closed.class)
    ResponseEntity<ApiBusy> stopping(ShutdownGate.Closed closed) {
        return unavailable(closed.getMessage(), ShutdownGate.RETRY_AFTER_SECONDS);
    }

    private static ResponseEntity<ApiBusy> unavailable(String why, long retryAfterSeconds) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))
                .body(new ApiBusy(why, retryAfterSeconds));
    }

    private static ResponseEntity<ApiError> badRequest(ApiError error) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(error);
    }
}
