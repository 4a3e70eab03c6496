package org.diffusioncourse.lesson;

/**
 * One thing wrong with a content file: where it is and what is wrong, in words an
 * author can act on.
 *
 * @param file    the path relative to the content folder's parent, e.g. {@code content/course.yml}
 * @param line    1-based line number, or 0 when the problem concerns the whole file
 * @param message what is wrong and, where it helps, what is allowed
 */
public record ContentProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
