package org.diffusioncourse.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A scratch copy of a content folder that a test may edit as an author would. */
public final class ContentCopy {

    private final Path root;

    private ContentCopy(Path root) {
        this.root = root;
    }

    /** Copies {@code source} (e.g. the real {@code content/}) into a new scratch folder. */
    public static ContentCopy of(Path source) {
        try {
            // Under target/, so a build's scratch copies go away with `mvn clean`.
            Path scratch = Files.createDirectories(Path.of("target", "test-content"));
            Path root = Files.createTempDirectory(scratch, "course-").resolve("content");
            try (Stream<Path> files = Files.walk(source)) {
                files.forEach(file -> {
                    Path target = root.resolve(source.relativize(file).toString());
                    try {
                        if (Files.isDirectory(file)) {
                            Files.createDirectories(target);
                        } else {
                            Files.copy(file, target);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            return new ContentCopy(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    /** Replaces the first occurrence of {@code from} in a file, failing loudly when it is absent. */
    public void edit(String file, String from, String to) {
        Path path = root.resolve(file);
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new AssertionError("'" + from + "' not found in " + path);
            }
            Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
