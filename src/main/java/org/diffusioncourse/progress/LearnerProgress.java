package org.diffusioncourse.progress;

import java.util.Optional;
import org.diffusioncourse.security.Account;
import org.diffusioncourse.security.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Where the signed-in learner left off. The owner is always the current account, read once
 * when a page asks for its {@link Tracker}; nothing here takes a user id.
 */
@Service
public class LearnerProgress {

    private final ProgressRepository rows;
    private final TouchWriter writer;
    private final CurrentUser currentUser;

    LearnerProgress(ProgressRepository rows, TouchWriter writer, CurrentUser currentUser) {
        this.rows = rows;
        this.writer = writer;
        this.currentUser = currentUser;
    }

    /** A tracker for the current visitor: the learner's, or {@link Tracker#NONE} when nobody is signed in. */
    public Tracker tracker() {
        return currentUser.account().map(Account::id).<Tracker>map(owner ->
                (lessonId, demoState) -> writer.touched(owner, lessonId, LastTouched.query(demoState)))
                .orElse(Tracker.NONE);
    }

    /** Where the signed-in learner last was; empty for a visitor or a learner who has opened no lesson. */
    public Optional<LastTouched> lastTouched() {
        return currentUser.account().flatMap(account -> rows.find(account.id()));
    }

    /** Waits until what trackers noted so far is stored (tests). */
    public void flush() {
        writer.flush();
    }
}
