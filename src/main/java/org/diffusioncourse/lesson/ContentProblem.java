package org.diffusioncourse.lesson;

/**
 * One thing wrong with a content file: where it is and what is wrong, in words an
 * author can act on. An error keeps the content check from passing; a warning (placeholder
 * text the author has still to replace) is shown and printed but lets the check pass.
 *
 * @param file     the path relative to the content folder's parent, e.g. {@code content/course.yml}
 * @param line     1-based line number, or 0 when the problem concerns the whole file
 * @param message  what is wrong and, where it helps, what is allowed
 * @param severity whether it fails the check
 */
public record ContentProblem(String file, int line, String message, Severity severity) {

    /**
     * Marks text an author has still to write (the scaffold fills a new lesson with it). Each line
     * of a lesson that holds it is a warning, not an error, so a half-written lesson passes the
     * check and is served, and the author sees what is left.
     */
    public static final String PLACEHOLDER = "TODO(author):";

    /** How much a problem matters to the content check and to the page. */
    public enum Severity {
        /** Fails {@code --check-content}; the page shows it in the problem box. */
        ERROR,
        /** Printed and shown as a small notice; {@code --check-content} still exits 0. */
        WARNING
    }

    /** An error, the kind every rule but the placeholder rule reports. */
    public ContentProblem(String file, int line, String message) {
        this(file, line, message, Severity.ERROR);
    }

    public static ContentProblem warning(String file, int line, String message) {
        return new ContentProblem(file, line, message, Severity.WARNING);
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    /** {@code file:line: message}, with {@code warning: } before the message of a warning, as compilers print. */
    @Override
    public String toString() {
        String text = isWarning() ? "warning: " + message : message;
        return line > 0 ? file + ":" + line + ": " + text : file + ": " + text;
    }
}
