package org.diffusioncourse.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads and validates the whole course from a content folder: {@code course.yml},
 * {@code sources.yml} and {@code lessons/<id>/index.md}. It never throws for bad content;
 * every problem is returned with its file and line, and whatever could be read is kept. Even a
 * failure nobody foresaw becomes a problem ({@link LoadFailure}): for a lesson at line 1, for an
 * entry of a YAML file at the entry's line. Files are read only from inside the content folder
 * ({@link ContentFolder}).
 */
public final class CourseLoader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NEW_ARXIV = Pattern.compile("\\d{4}\\.\\d{4,5}(v\\d+)?");
    private static final Pattern ARXIV = Pattern.compile("\\d{4}\\.\\d{4,5}(v\\d+)?|[a-z-]+(\\.[A-Z]{2})?/\\d{7}");

    private final DirectiveCatalog catalog;
    private final LessonMarkdown markdown = new LessonMarkdown();

    public CourseLoader(DirectiveCatalog catalog) {
        this.catalog = catalog;
    }

    /** Whether {@code id} is a valid lesson or source id: lower-case words joined by hyphens. */
    public static boolean isId(String id) {
        return ID.matcher(id).matches();
    }

    public Course load(Path contentDir) {
        List<ContentProblem> sink = new ArrayList<>();
        Optional<ContentFolder> opened = ContentFolder.open(contentDir, sink);
        if (opened.isEmpty()) {
            return new Course("Course", "", List.of(), Map.of(), sink);
        }
        ContentFolder folder = opened.get();
        Map<String, Source> sources = loadSources(folder, sink);
        CourseFile courseFile = loadCourseFile(folder, sink);

        Map<String, Integer> positions = new HashMap<>();
        courseFile.entries().forEach(e -> positions.putIfAbsent(e.id(), e.position()));
        LessonParser parser = new LessonParser(markdown, catalog);
        LessonParser.Context context = new LessonParser.Context(sources.keySet(), positions);

        Map<String, Lesson> lessons = new HashMap<>();
        Map<String, String> lessonFiles = new HashMap<>();
        for (String id : folder.lessonFolders(sink)) {
            String relative = "lessons/" + id + "/index.md";
            String file = folder.label(relative);
            lessonFiles.put(id, file);
            if (!positions.containsKey(id)) {
                sink.add(new ContentProblem(file, 0, "lesson '" + id + "' is not listed in "
                        + folder.label("course.yml") + "; add '- id: " + id + "' where it belongs in the order"));
            }
            LoadFailure.guard(new Problems(file, 0, sink), 1,
                    () -> folder.read(relative, "the lesson folder has no index.md", sink)
                            .flatMap(text -> parser.parse(text, id, file, context, sink)),
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
                        + folder.label("lessons/" + row.id() + "/index.md") + "; write it or mark the entry 'planned: true'"));
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

    private CourseFile loadCourseFile(ContentFolder folder, List<ContentProblem> sink) {
        String file = folder.label("course.yml");
        Problems problems = new Problems(file, 0, sink);
        return LoadFailure.guard(problems, 1, () -> {
            List<CourseFile.Row> rows = new ArrayList<>();
            Optional<YamlMap> root = folder.read("course.yml", "file not found", sink)
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

    private Map<String, Source> loadSources(ContentFolder folder, List<ContentProblem> sink) {
        String file = folder.label("sources.yml");
        Problems problems = new Problems(file, 0, sink);
        Map<String, Source> sources = new LinkedHashMap<>();
        LoadFailure.guard(problems, 1, () -> {
            Optional<YamlMap> root = folder.read("sources.yml", "file not found", sink)
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

    /**
     * The year an arXiv id of the current form {@code YYMM.NNNN(N)} was posted, 20YY; empty for the
     * old form ({@code hep-th/9901001}), whose year the validator does not check.
     */
    static Optional<Integer> arxivYear(String arxiv) {
        return NEW_ARXIV.matcher(arxiv).matches() ? Optional.of(2000 + Integer.parseInt(arxiv.substring(0, 2)))
                : Optional.empty();
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
        } else if (arxiv != null && entry.has("year")) {
            arxivYear(arxiv).filter(expected -> expected != year).ifPresent(expected -> problems.at(entry.lineOf("year"),
                    "source '" + id + "': year " + year + " does not match arXiv id '" + arxiv + "', which was first"
                            + " released in " + expected + "; year is the year of first public release, so write "
                            + expected + " (the venue keeps the conference year)"));
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
}
