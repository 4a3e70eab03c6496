package org.diffusioncourse.lesson;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads and validates the whole course from a content folder: {@code course.yml},
 * {@code sources.yml} and {@code lessons/<id>/index.md}. It never throws for bad content;
 * every problem is returned with its file and line, and whatever could be read is kept. Even a
 * failure nobody foresaw becomes a problem ({@link LoadFailure}): for a lesson at line 1, for an
 * entry of a YAML file at the entry's line.
 */
public final class CourseLoader {

    /** Larger files are refused: no lesson is that long, and a hostile file could be. */
    static final long MAX_FILE_BYTES = 1_000_000;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ARXIV = Pattern.compile("\\d{4}\\.\\d{4,5}(v\\d+)?|[a-z-]+(\\.[A-Z]{2})?/\\d{7}");

    private final DirectiveCatalog catalog;
    private final LessonMarkdown markdown = new LessonMarkdown();

    public CourseLoader(DirectiveCatalog catalog) {
        this.catalog = catalog;
    }

    public Course load(Path contentDir) {
        List<ContentProblem> sink = new ArrayList<>();
        String base = contentDir.getFileName() == null ? "content" : contentDir.getFileName().toString();
        if (!Files.isDirectory(contentDir)) {
            sink.add(new ContentProblem(base, 0, "the content folder " + contentDir.toAbsolutePath()
                    + " does not exist; set course.content-dir to the folder holding course.yml"));
            return new Course("Course", "", List.of(), Map.of(), sink);
        }
        Map<String, Source> sources = loadSources(contentDir.resolve("sources.yml"), base + "/sources.yml", sink);
        CourseFile courseFile = loadCourseFile(contentDir.resolve("course.yml"), base + "/course.yml", sink);

        Map<String, Integer> positions = new HashMap<>();
        courseFile.entries().forEach(e -> positions.putIfAbsent(e.id(), e.position()));
        LessonParser parser = new LessonParser(markdown, catalog);
        LessonParser.Context context = new LessonParser.Context(sources.keySet(), positions);

        Map<String, Lesson> lessons = new HashMap<>();
        Map<String, String> lessonFiles = new HashMap<>();
        Path lessonsDir = contentDir.resolve("lessons");
        for (Path folder : folders(lessonsDir)) {
            String id = folder.getFileName().toString();
            String file = base + "/lessons/" + id + "/index.md";
            lessonFiles.put(id, file);
            if (!positions.containsKey(id)) {
                sink.add(new ContentProblem(file, 0, "lesson '" + id + "' is not listed in " + base
                        + "/course.yml; add '- id: " + id + "' where it belongs in the order"));
            }
            Path index = folder.resolve("index.md");
            if (!Files.isRegularFile(index)) {
                sink.add(new ContentProblem(file, 0, "the lesson folder has no index.md"));
                continue;
            }
            LoadFailure.guard(new Problems(file, 0, sink), 1,
                    () -> read(index, file, sink).flatMap(text -> parser.parse(text, id, file, context, sink)),
                    Optional.<Lesson>empty())
                    .ifPresent(lesson -> lessons.put(id, lesson));
        }

        List<Course.Entry> entries = new ArrayList<>();
        for (CourseFile.Row row : courseFile.entries()) {
            String file = lessonFiles.get(row.id());
            if (row.planned()) {
                if (file != null) {
                    sink.add(new ContentProblem(courseFile.file(), row.line(), "lesson '" + row.id()
                            + "' is marked planned but " + file + " exists; remove 'planned: true'"));
                }
                entries.add(new Course.Entry(row.id(), row.position(), true, row.title(), row.summary(),
                        row.prerequisites(), null, null));
                continue;
            }
            if (file == null) {
                sink.add(new ContentProblem(courseFile.file(), row.line(), "lesson '" + row.id() + "' has no file "
                        + base + "/lessons/" + row.id() + "/index.md; write it or mark the entry 'planned: true'"));
            }
            Lesson lesson = lessons.get(row.id());
            entries.add(lesson == null
                    ? new Course.Entry(row.id(), row.position(), false, row.id(), "", List.of(), null, file)
                    : new Course.Entry(row.id(), row.position(), false, lesson.title(), lesson.summary(),
                            lesson.prerequisites(), lesson, file));
        }
        return new Course(courseFile.title(), courseFile.summary(), entries, sources, sink);
    }

    private record CourseFile(String file, String title, String summary, List<Row> entries) {
        record Row(String id, int position, int line, boolean planned, String title, String summary,
                   List<String> prerequisites) {
        }
    }

    private CourseFile loadCourseFile(Path path, String file, List<ContentProblem> sink) {
        Problems problems = new Problems(file, 0, sink);
        return LoadFailure.guard(problems, 1, () -> {
            List<CourseFile.Row> rows = new ArrayList<>();
            Optional<YamlMap> root = read(path, file, sink)
                    .flatMap(text -> YamlText.compose(text, problems))
                    .flatMap(node -> YamlMap.of(node, problems, file));
            if (root.isEmpty()) {
                return new CourseFile(file, "Course", "", rows);
            }
            YamlMap course = root.get();
            course.allowOnly(Set.of("title", "summary", "lessons"));
            String title = course.requireString("title");
            String summary = course.requireString("summary");
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (YamlMap entry : course.mapList("lessons", true)) {
                LoadFailure.guard(problems, entry.line(), () -> row(entry, seen, problems), Optional.<CourseFile.Row>empty())
                        .ifPresent(rows::add);
            }
            return new CourseFile(file, title, summary, rows);
        }, new CourseFile(file, "Course", "", List.of()));
    }

    /** One entry of {@code lessons:} in course.yml; {@code seen} holds the ids listed before it, with their positions. */
    private static Optional<CourseFile.Row> row(YamlMap entry, Map<String, Integer> seen, Problems problems) {
        entry.allowOnly(Set.of("id", "planned", "title", "summary", "prerequisites"));
        String id = entry.requireString("id");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        if (!ID.matcher(id).matches()) {
            problems.at(entry.lineOf("id"), "lesson id '" + id + "' must be lower-case words joined by hyphens");
        }
        if (seen.containsKey(id)) {
            problems.at(entry.lineOf("id"), "lesson '" + id + "' is listed twice");
            return Optional.empty();
        }
        int position = seen.size();
        seen.put(id, position);
        boolean planned = entry.optionalBoolean("planned", false);
        List<String> prerequisites = List.of();
        String entryTitle = null;
        String entrySummary = null;
        if (planned) {
            entryTitle = entry.requireString("title");
            entrySummary = entry.requireString("summary");
            prerequisites = entry.stringList("prerequisites", false);
            for (String prerequisite : prerequisites) {
                Integer before = seen.get(prerequisite);
                if (before == null || before >= position) {
                    problems.at(entry.lineOf("prerequisites"), "prerequisite '" + prerequisite + "' of '" + id
                            + "' must be a lesson listed before it");
                }
            }
        } else {
            String why = "a written lesson takes it from its own index.md";
            entry.forbid("title", why);
            entry.forbid("summary", why);
            entry.forbid("prerequisites", why);
        }
        return Optional.of(new CourseFile.Row(id, position, entry.line(), planned, entryTitle, entrySummary, prerequisites));
    }

    private Map<String, Source> loadSources(Path path, String file, List<ContentProblem> sink) {
        Problems problems = new Problems(file, 0, sink);
        Map<String, Source> sources = new LinkedHashMap<>();
        LoadFailure.guard(problems, 1, () -> {
            Optional<YamlMap> root = read(path, file, sink)
                    .flatMap(text -> YamlText.compose(text, problems))
                    .flatMap(node -> YamlMap.of(node, problems, file));
            if (root.isEmpty()) {
                return;
            }
            root.get().allowOnly(Set.of("sources"));
            for (YamlMap entry : root.get().mapList("sources", true)) {
                Optional<Source> source = LoadFailure.guard(problems, entry.line(), () -> source(entry, problems),
                        Optional.<Source>empty());
                if (source.isPresent() && sources.putIfAbsent(source.get().id(), source.get()) != null) {
                    problems.at(entry.lineOf("id"), "duplicate source id '" + source.get().id() + "'");
                }
            }
        });
        return sources;
    }

    /** One entry of {@code sources:} in sources.yml, or empty when it has no id. */
    private static Optional<Source> source(YamlMap entry, Problems problems) {
        entry.allowOnly(Set.of("id", "authors", "title", "year", "venue", "arxiv", "url"));
        String id = entry.requireString("id");
        List<String> authors = entry.stringList("authors", true);
        String title = entry.requireString("title");
        int year = entry.optionalInt("year", 1700, 2100).orElse(0);
        if (!entry.has("year")) {
            problems.at(entry.line(), "missing required key 'year' in " + entry.where());
        }
        String arxiv = entry.optionalString("arxiv").orElse(null);
        if (arxiv != null && !ARXIV.matcher(arxiv).matches()) {
            problems.at(entry.lineOf("arxiv"), "arXiv id '" + arxiv + "' is not of the form 2006.11239");
        }
        String url = entry.optionalString("url").orElse(null);
        if (url != null && !url.startsWith("https://")) {
            problems.at(entry.lineOf("url"), "url '" + url + "' must start with https://");
            url = null;
        }
        if (id.isEmpty()) {
            return Optional.empty();
        }
        if (!ID.matcher(id).matches()) {
            problems.at(entry.lineOf("id"), "source id '" + id + "' must be lower-case words joined by hyphens");
        }
        return Optional.of(new Source(id, authors, title, year, entry.optionalString("venue").orElse(null), arxiv, url));
    }

    private static List<Path> folders(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Optional<String> read(Path path, String file, List<ContentProblem> sink) {
        try {
            if (!Files.isRegularFile(path)) {
                sink.add(new ContentProblem(file, 0, "file not found"));
                return Optional.empty();
            }
            if (Files.size(path) > MAX_FILE_BYTES) {
                sink.add(new ContentProblem(file, 0, "file is larger than " + MAX_FILE_BYTES + " bytes"));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            sink.add(new ContentProblem(file, 0, "file is not valid UTF-8 text"));
        } catch (IOException e) {
            sink.add(new ContentProblem(file, 0, "cannot read the file: " + e.getMessage()));
        }
        return Optional.empty();
    }
}
