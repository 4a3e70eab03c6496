package org.diffusioncourse.lesson;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The content folder as the loader reads it: only files that lie inside it once every symbolic
 * link is followed (their real path starts with the folder's real path). A link that leads
 * outside, to a file or a folder, is refused with a problem that names the link, never its
 * target or anything in it, since problems are shown to every visitor.
 */
final class ContentFolder {

    /** Larger files are refused: no lesson is that long, and a hostile file could be. */
    static final long MAX_FILE_BYTES = 1_000_000;
    static final String OUTSIDE = "leads outside the content folder through a symbolic link, so it is not read;"
            + " only files inside the content folder are";

    private final Path root;
    private final String base;

    private ContentFolder(Path root, String base) {
        this.root = root;
        this.base = base;
    }

    /** The folder, or empty (with a problem) when it does not exist. */
    static Optional<ContentFolder> open(Path dir, List<ContentProblem> sink) {
        String base = dir.getFileName() == null ? "content" : dir.getFileName().toString();
        try {
            if (Files.isDirectory(dir)) {
                return Optional.of(new ContentFolder(dir.toRealPath(), base));
            }
        } catch (IOException e) {
            // Reported below as a folder that cannot be used.
        }
        sink.add(new ContentProblem(base, 0, "the content folder " + dir.toAbsolutePath()
                + " does not exist; set course.content-dir to the folder holding course.yml"));
        return Optional.empty();
    }

    /** How files are named in problems: {@code content/} and the path inside the folder. */
    String label(String relative) {
        return base + "/" + relative;
    }

    /** The names of the folders in {@code lessons/}, sorted; each is read through {@link #read}. */
    List<String> lessonFolders(List<ContentProblem> sink) {
        Path lessons = root.resolve("lessons");
        try {
            if (!Files.isDirectory(lessons)) {
                return List.of();
            }
            if (!lessons.toRealPath().startsWith(root)) {
                sink.add(new ContentProblem(label("lessons"), 0, "this folder " + OUTSIDE));
                return List.of();
            }
            try (Stream<Path> children = Files.list(lessons)) {
                return children.filter(Files::isDirectory).map(child -> child.getFileName().toString()).sorted().toList();
            }
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The text of a file inside the folder, or empty with a problem.
     *
     * @param relative the path inside the folder, e.g. {@code lessons/ddpm/index.md}
     * @param missing  the problem to report when there is no such file
     */
    Optional<String> read(String relative, String missing, List<ContentProblem> sink) {
        String file = label(relative);
        try {
            Path path = root.resolve(relative);
            Path real;
            try {
                // The folder first, so that a missing file behind a link that leads out says nothing of what is there.
                if (!path.getParent().toRealPath().startsWith(root)) {
                    sink.add(new ContentProblem(file, 0, "the folder of this file " + OUTSIDE));
                    return Optional.empty();
                }
                real = path.toRealPath();
            } catch (NoSuchFileException e) {
                sink.add(new ContentProblem(file, 0, missing));
                return Optional.empty();
            }
            if (!real.startsWith(root)) {
                sink.add(new ContentProblem(file, 0, "this file " + OUTSIDE));
                return Optional.empty();
            }
            if (!Files.isRegularFile(real)) {
                sink.add(new ContentProblem(file, 0, missing));
                return Optional.empty();
            }
            if (Files.size(real) > MAX_FILE_BYTES) {
                sink.add(new ContentProblem(file, 0, "file is larger than " + MAX_FILE_BYTES + " bytes"));
                return Optional.empty();
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(real))).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            sink.add(new ContentProblem(file, 0, "file is not valid UTF-8 text"));
        } catch (FileSystemException e) {
            // Its message starts with the absolute path, which is no business of a visitor.
            sink.add(new ContentProblem(file, 0, "cannot read the file: "
                    + Optional.ofNullable(e.getReason()).orElse(e.getClass().getSimpleName())));
        } catch (IOException e) {
            sink.add(new ContentProblem(file, 0, "cannot read the file: " + e.getClass().getSimpleName()));
        }
        return Optional.empty();
    }
}
