package org.diffusioncourse;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diffusioncourse.lesson.ContentProblem;
import org.diffusioncourse.lesson.CourseLoader;

/**
 * The scaffold for authors, without a server: {@code java -jar course.jar --new-lesson ID "Title"
 * [DIR]} writes {@code lessons/ID/index.md} with every required section and front-matter key (at
 * the validator's minimum counts), one example of each directive, and placeholder text marked
 * {@code TODO(author):}, and appends {@code - id: ID} to {@code course.yml} as text, so the file's
 * comments and layout stay as they were. The new lesson passes {@code --check-content} at once,
 * with one warning per placeholder line until each is replaced.
 *
 * <p>It refuses (exit 2, nothing written) an id that is not lower-case words joined by hyphens, a
 * lesson that already exists or is already listed, a content folder without {@code course.yml},
 * and a {@code course.yml} whose last key is not {@code lessons:} (appending there would not add a
 * lesson). DIR defaults to {@code COURSE_CONTENT_DIR}, else {@code ./content}.
 */
public final class NewLesson {

    /** The argument that asks for the scaffold instead of the site. */
    public static final String FLAG = "--new-lesson";

    /** Exit status: the lesson was created. */
    public static final int CREATED = 0;
    /** Exit status: writing failed half-way (what was written is undone where possible). */
    public static final int FAILED = 1;
    /** Exit status: refused; nothing was written. */
    public static final int REFUSED = 2;

    private static final String USAGE = "usage: " + FLAG + " ID \"Title\" [DIR]";
    private static final Pattern LIST_ITEM_ID = Pattern.compile("^(\\s*)- id:\\s*([^\\s#]+)");
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^([A-Za-z_][\\w-]*):(.*)$");
    private static final String TEMPLATE = "new-lesson.md";

    private NewLesson() {
    }

    /** Whether {@code args} ask for the scaffold. */
    public static boolean asked(String[] args) {
        return args.length > 0 && args[0].equals(FLAG);
    }

    /**
     * Creates the lesson for {@code args} ({@code --new-lesson ID "Title" [DIR]}), telling what it
     * wrote on {@code out} and why it refused on {@code err}.
     *
     * @return the exit status
     */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.length < 3 || args.length > 4) {
            err.println(USAGE + "; was given " + (args.length - 1) + " arguments after " + FLAG);
            return REFUSED;
        }
        String id = args[1];
        String title = args[2].strip();
        Path dir = Path.of(args.length == 4 ? args[3] : env.getOrDefault("COURSE_CONTENT_DIR", "./content"));
        Optional<String> refusal = refusal(id, title, dir);
        if (refusal.isPresent()) {
            err.println(FLAG + ": " + refusal.get());
            return REFUSED;
        }
        try {
            Path courseFile = dir.resolve("course.yml");
            List<String> course = Files.readAllLines(courseFile, StandardCharsets.UTF_8);
            String source = firstSource(dir.resolve("sources.yml")).orElseThrow();
            Path lesson = dir.resolve("lessons").resolve(id).resolve("index.md");
            Files.createDirectories(lesson.getParent());
            Files.writeString(lesson, lessonText(id, title, source), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW);
            try {
                Files.writeString(courseFile, appended(Files.readString(courseFile, StandardCharsets.UTF_8), course, id),
                        StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            } catch (IOException e) {
                Files.deleteIfExists(lesson);
                Files.deleteIfExists(lesson.getParent());
                throw e;
            }
            out.println("created " + lesson);
            out.println("added '- id: " + id + "' at the end of " + courseFile);
            out.println("next: replace every " + ContentProblem.PLACEHOLDER + " line; "
                    + ContentCheck.FLAG + " " + dir + " lists those left as warnings");
            return CREATED;
        } catch (IOException e) {
            err.println(FLAG + ": could not write the lesson: " + e);
            return FAILED;
        }
    }

    /** Why the lesson cannot be created, checked before anything is written. */
    private static Optional<String> refusal(String id, String title, Path dir) {
        if (!CourseLoader.isId(id)) {
            return Optional.of("lesson id '" + id + "' must be lower-case words joined by hyphens, like 'score-matching'");
        }
        if (title.isEmpty() || title.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("the title must be one line of text, was '" + title + "'");
        }
        if (!Files.isDirectory(dir)) {
            return Optional.of("content folder " + dir + " does not exist; pass the folder that holds course.yml");
        }
        Path courseFile = dir.resolve("course.yml");
        if (!Files.isRegularFile(courseFile)) {
            return Optional.of(dir + " has no course.yml; pass the folder that holds it");
        }
        Path folder = dir.resolve("lessons").resolve(id);
        if (Files.exists(folder)) {
            return Optional.of("lesson '" + id + "' already exists at " + folder + "; pick another id or edit that one");
        }
        try {
            List<String> lines = Files.readAllLines(courseFile, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = LIST_ITEM_ID.matcher(lines.get(i));
                if (m.find() && unquote(m.group(2)).equals(id)) {
                    return Optional.of(courseFile + ":" + (i + 1) + " already lists '" + id + "'; if it is planned,"
                            + " remove that entry (or write the lesson by hand and keep only '- id: " + id + "')");
                }
            }
            Optional<String> notLast = lessonsNotLast(lines);
            if (notLast.isPresent()) {
                return Optional.of(courseFile + ": " + notLast.get() + ", so appending would not add a lesson;"
                        + " move 'lessons:' to the end or add '- id: " + id + "' by hand");
            }
            if (firstSource(dir.resolve("sources.yml")).isEmpty()) {
                return Optional.of(dir.resolve("sources.yml") + " lists no source, and a lesson must cite one; add one first");
            }
        } catch (IOException e) {
            return Optional.of("cannot read " + courseFile + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Why appending to the file would not add a lesson: {@code lessons:} must be its last key, as a block list. */
    private static Optional<String> lessonsNotLast(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher key = TOP_LEVEL_KEY.matcher(lines.get(i));
            if (key.matches()) {
                if (!key.group(1).equals("lessons")) {
                    return Optional.of("the last key is '" + key.group(1) + "' (line " + (i + 1) + "), not 'lessons'");
                }
                String rest = key.group(2).replaceFirst("\\s#.*$", "").strip();
                return rest.isEmpty() ? Optional.empty()
                        : Optional.of("'lessons:' on line " + (i + 1) + " is written on one line, not as a list of '- id:' lines");
            }
        }
        return Optional.of("it has no 'lessons:' key");
    }

    /** The file with {@code - id: ID} appended, indented like the entries before it. */
    private static String appended(String text, List<String> lines, String id) {
        String indent = "  ";
        for (String line : lines) {
            Matcher m = LIST_ITEM_ID.matcher(line);
            if (m.find()) {
                indent = m.group(1);
            }
        }
        String ending = text.contains("\r\n") ? "\r\n" : "\n";
        StringBuilder result = new StringBuilder(text);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            result.append(ending);
        }
        return result.append(ending).append(indent).append("- id: ").append(id).append(ending).toString();
    }

    private static Optional<String> firstSource(Path sources) throws IOException {
        if (!Files.isRegularFile(sources)) {
            return Optional.empty();
        }
        return Files.readAllLines(sources, StandardCharsets.UTF_8).stream()
                .map(LIST_ITEM_ID::matcher).filter(Matcher::find).map(m -> unquote(m.group(2)))
                .filter(CourseLoader::isId).findFirst();
    }

    private static String unquote(String value) {
        return value.replaceAll("^[\"']|[\"']$", "");
    }

    /** The template with the id, the title (as a double-quoted YAML string) and a source id put in. */
    static String lessonText(String id, String title, String sourceId) throws IOException {
        try (var in = NewLesson.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IOException("the template " + TEMPLATE + " is missing from the jar");
            }
            String quoted = "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{{id}}", id).replace("{{title}}", quoted).replace("{{source}}", sourceId);
        }
    }
}
