package org.diffusioncourse.notes;

import java.util.ArrayList;
import java.util.List;

/**
 * What the editor sends to be saved. The three texts are the learner's own words and are
 * only ever shown as text.
 */
public record NoteDraft(String lessonId, PageObject object, String question, String body, String nextAction) {

    public static final int MAX_QUESTION = 4000;
    public static final int MAX_BODY = 20000;
    public static final int MAX_NEXT_ACTION = 2000;

    public NoteDraft {
        question = question == null ? "" : question;
        body = body == null ? "" : body;
        nextAction = nextAction == null ? "" : nextAction;
    }

    /** Every field that is too long, named, with its limit; empty when the draft can be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        tooLong("The question", question, MAX_QUESTION, problems);
        tooLong("The note", body, MAX_BODY, problems);
        tooLong("The next action", nextAction, MAX_NEXT_ACTION, problems);
        return problems;
    }

    private static void tooLong(String name, String text, int max, List<String> problems) {
        if (text.length() > max) {
            problems.add(name + " has " + text.length() + " characters; at most " + max + " can be saved.");
        }
    }
}
