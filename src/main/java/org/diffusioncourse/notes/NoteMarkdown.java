package org.diffusioncourse.notes;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A learner's notes as one Markdown file. Their own text goes in as they wrote it (it is
 * their file); each field sits under its own heading, and each note names the object it is
 * attached to and the link back to it.
 */
final class NoteMarkdown {

    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private NoteMarkdown() {
    }

    static String of(String owner, List<ResearchNote> notes, Instant exportedAt) {
        StringBuilder out = new StringBuilder();
        out.append("# Research notes of ").append(owner.replace("\n", " ")).append("\n\n");
        out.append("Exported ").append(STAMP.format(exportedAt)).append(" from the diffusion course; ")
                .append(notes.size()).append(notes.size() == 1 ? " note" : " notes").append(", newest first.\n");
        for (ResearchNote note : notes) {
            out.append("\n## ").append(note.objectLabel().replace("\n", " ")).append("\n\n");
            out.append("- Lesson: `").append(note.lessonId()).append("`\n");
            out.append("- Object key: `").append(note.objectKey()).append("`\n");
            out.append("- Link: /").append(note.link()).append('\n');
            out.append("- Last saved: ").append(STAMP.format(note.updatedAt())).append('\n');
            section(out, "Question", note.question());
            section(out, "Note", note.body());
            section(out, "Next action", note.nextAction());
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String heading, String text) {
        if (!text.isBlank()) {
            out.append("\n### ").append(heading).append("\n\n").append(text.strip()).append('\n');
        }
    }
}
