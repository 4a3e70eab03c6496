package org.diffusioncourse.lesson;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when reading content fails in a way the validator did not foresee: the author
 * gets a problem with the file and line (line 1 when the place is unknown) on the page and the
 * course home, and the site keeps serving everything else. A content file can provoke two kinds
 * of failure: a fault in the site (any runtime exception), and input nested so deeply, or a value
 * so long, that a recursive reader runs out of stack. Running out of memory is not caught: then
 * the whole site is in trouble, not one file.
 */
final class LoadFailure {

    private static final Logger log = LoggerFactory.getLogger(LoadFailure.class);

    private LoadFailure() {
    }

    /** The value of {@code step}, or {@code fallback} with a problem at {@code line} when it fails. */
    static <T> T guard(Problems problems, int line, Supplier<T> step, T fallback) {
        try {
            return step.get();
        } catch (RuntimeException | StackOverflowError failure) {
            report(problems, line, failure);
            return fallback;
        }
    }

    /** Runs {@code step}; when it fails, a problem at {@code line} says so. */
    static void guard(Problems problems, int line, Runnable step) {
        guard(problems, line, () -> {
            step.run();
            return true;
        }, false);
    }

    static void report(Problems problems, int line, Throwable failure) {
        int at = Math.max(1, line);
        if (failure instanceof StackOverflowError) {
            // Thousands of identical frames say nothing the message does not.
            log.warn("Reading {}:{} ran out of stack", problems.file(), at);
        } else {
            log.warn("Reading {}:{} failed", problems.file(), at, failure);
        }
        problems.at(at, describe(failure));
    }

    /** In words an author can act on, without echoing the file's text (an exception's message may hold it). */
    static String describe(Throwable failure) {
        if (failure instanceof StackOverflowError) {
            return "cannot be read: it nests too deeply, or one value is too long, for the reader; simplify it";
        }
        return "cannot be read: the site failed on it with " + failure.getClass().getSimpleName()
                + ", a fault in the site that is logged in full";
    }
}
