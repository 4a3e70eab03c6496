package org.diffusioncourse.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reading a lesson's text and printing numbers the way lessons quote them, for the numbers tests. */
public final class LessonFile {

    private LessonFile() {
    }

    /** The whole {@code content/lessons/ID/index.md}. */
    public static String read(String lessonId) {
        try {
            return Files.readString(Path.of("content/lessons", lessonId, "index.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code v} with {@code digits} decimals, Locale.ROOT, never a negative zero. */
    public static String fixed(double v, int digits) {
        String s = String.format(Locale.ROOT, "%." + digits + "f", v);
        return s.matches("-0\\.0+") ? s.substring(1) : s;
    }
}
