package org.diffusioncourse.notes;

import org.diffusioncourse.lesson.Lesson;
import org.jspecify.annotations.Nullable;

/**
 * The handoff prompt for one object of a lesson page: the object key, the lesson context,
 * the evidence to inspect and what would resolve the question, plus the learner's own
 * question and note when they have written them. Plain text, to paste into a conversation
 * with a tutor or a colleague.
 */
public final class Handoff {

    private Handoff() {
    }

    public static String prompt(Lesson lesson, PageObject object, @Nullable ResearchNote note) {
        StringBuilder out = new StringBuilder();
        out.append("I am studying the lesson \"").append(lesson.title()).append("\" of a course on diffusion models.\n");
        out.append("Object key: ").append(object.key()).append('\n');
        out.append("Object: ").append(object.label()).append('\n');
        if (!object.detail().isBlank()) {
            out.append("What it says:\n").append(indent(object.detail())).append('\n');
        }
        out.append("Lesson context: ").append(lesson.summary()).append('\n');
        if (note != null && !note.question().isBlank()) {
            out.append("My question:\n").append(indent(note.question())).append('\n');
        } else {
            out.append("The lesson's open question: ").append(lesson.research().question()).append('\n');
        }
        if (note != null && !note.body().isBlank()) {
            out.append("My notes so far:\n").append(indent(note.body())).append('\n');
        }
        out.append("Evidence to inspect:\n");
        lesson.research().evidence().forEach(e -> out.append("- ").append(e).append('\n'));
        out.append("Sources cited by the lesson: ").append(String.join(", ",
                lesson.sources().stream().map(Lesson.SourceUse::id).toList())).append('\n');
        out.append("What would resolve this:\n");
        lesson.research().resolves().forEach(r -> out.append("- ").append(r).append('\n'));
        if (note != null && !note.nextAction().isBlank()) {
            out.append("My planned next action: ").append(note.nextAction().strip()).append('\n');
        }
        out.append("Please answer as a careful tutor: stay with the cited sources, separate what they verify ")
                .append("from assumptions, name the mathematical objects involved, and end with one next action.");
        return out.toString();
    }

    private static String indent(String text) {
        return "  " + text.strip().replace("\n", "\n  ");
    }
}
