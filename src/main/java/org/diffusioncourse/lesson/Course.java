package org.diffusioncourse.lesson;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The course as loaded from {@code content/}: the ordered lessons, the bibliography and
 * every problem found on the way. A course with problems is still shown: each lesson that
 * could be read is served, and the problems are listed on the pages they concern.
 */
public record Course(String title, String summary, List<Entry> entries, Map<String, Source> sources,
                     List<ContentProblem> problems) {

    public Course {
        entries = List.copyOf(entries);
        sources = Map.copyOf(sources);
        problems = List.copyOf(problems);
    }

    public Optional<Entry> entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<Lesson> lesson(String id) {
        return entry(id).flatMap(e -> Optional.ofNullable(e.lesson()));
    }

    public List<Lesson> lessons() {
        return entries.stream().map(Entry::lesson).filter(java.util.Objects::nonNull).toList();
    }

    /** The problems that fail the content check: every problem but the warnings. */
    public List<ContentProblem> errors() {
        return problems.stream().filter(p -> !p.isWarning()).toList();
    }

    /** Placeholder text still to be replaced: shown and printed, but not a failure. */
    public List<ContentProblem> warnings() {
        return problems.stream().filter(ContentProblem::isWarning).toList();
    }

    /** The problems in one file, e.g. {@code content/lessons/forward-process/index.md}. */
    public List<ContentProblem> problemsIn(String file) {
        return problems.stream().filter(p -> p.file().equals(file)).toList();
    }

    /**
     * A row of the course map. A planned entry has no lesson yet; a written one whose file
     * could not be read has a null lesson and problems naming its file.
     */
    public record Entry(String id, int position, boolean planned, String title, String summary,
                        List<String> prerequisites, Lesson lesson, String file) {
        public Entry {
            prerequisites = List.copyOf(prerequisites);
        }
    }
}
