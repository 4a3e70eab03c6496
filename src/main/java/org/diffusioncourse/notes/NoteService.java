package org.diffusioncourse.notes;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.diffusioncourse.security.Account;
import org.diffusioncourse.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in learner's research-room drafts. The owner is always the current account:
 * no method takes a user id, so no caller can read or change another learner's notes.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class NoteService {

    /** Marks a save that expects to create the note (nothing stored yet). */
    public static final long NEW = -1;

    private final NoteRepository notes;
    private final CurrentUser currentUser;
    private final Clock clock;

    NoteService(NoteRepository notes, CurrentUser currentUser, Clock clock) {
        this.notes = notes;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public Optional<ResearchNote> find(String lessonId, String objectKey) {
        return notes.find(owner(), lessonId, objectKey);
    }

    /** All of the learner's notes, most recently saved first. */
    public List<ResearchNote> mine() {
        return notes.all(owner());
    }

    /** How many notes the learner keeps per lesson id; lessons without notes are absent. */
    public java.util.Map<String, Integer> countsByLesson() {
        return notes.countsByLesson(owner());
    }

    public List<ResearchNote> inLesson(String lessonId) {
        return notes.inLesson(owner(), lessonId);
    }

    /**
     * Saves the draft over {@code expectedVersion} ({@link #NEW} when the editor started from
     * nothing). If another tab saved or deleted the note meanwhile, nothing is written and a
     * {@link NoteConflict} carries what is stored now.
     */
    @Transactional
    public ResearchNote save(NoteDraft draft, long expectedVersion) {
        List<String> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        long owner = owner();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Optional<ResearchNote> stored = notes.find(owner, draft.lessonId(), draft.object().key());
        if (stored.isEmpty()) {
            if (expectedVersion != NEW) {
                throw new NoteConflict(null);
            }
            try {
                notes.insert(owner, draft, now);
            } catch (DuplicateKeyException raced) {
                throw new NoteConflict(notes.find(owner, draft.lessonId(), draft.object().key()).orElse(null));
            }
        } else if (expectedVersion != stored.get().version()
                || !notes.update(owner, stored.get().id(), expectedVersion, draft, now)) {
            throw new NoteConflict(notes.find(owner, draft.lessonId(), draft.object().key()).orElse(null));
        }
        return notes.find(owner, draft.lessonId(), draft.object().key()).orElseThrow();
    }

    /** Deletes the note if it is still at {@code version}; otherwise a {@link NoteConflict}. */
    @Transactional
    public void delete(ResearchNote note) {
        long owner = owner();
        if (!notes.delete(owner, note.id(), note.version())) {
            throw new NoteConflict(notes.findById(owner, note.id()).orElse(null));
        }
    }

    /** Every note as one Markdown document, newest first. */
    public String exportMarkdown() {
        Account account = currentUser.require();
        return NoteMarkdown.of(account.displayName(), notes.all(account.id()), clock.instant());
    }

    private long owner() {
        return currentUser.require().id();
    }
}
