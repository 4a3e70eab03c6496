package org.diffusioncourse.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The text of a lesson file, for tests that check its worked numbers against the engine. */
public final class LessonFiles {

    private LessonFiles() {
    }

    /** content/lessons/ID/index.md, read from the working directory (the project root). */
    public static String read(String lessonId) {
        try {
            return Files.readString(Path.of("content/lessons", lessonId, "index.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
