package org.diffusioncourse.review;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a reviewer types: the verdict, where in the source the evidence is, and caveats. */
public record ReviewInput(@Nullable Verdict verdict, String evidence, String caveats) {

    public static final int MAX_EVIDENCE = 1000;
    public static final int MAX_CAVEATS = 4000;

    public ReviewInput {
        evidence = evidence == null ? "" : evidence.strip();
        caveats = caveats == null ? "" : caveats.strip();
    }

    /** Each thing to fix before the review can be recorded; empty when it can be. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (verdict == null) {
            problems.add("Choose a verdict.");
        }
        if (evidence.isEmpty()) {
            problems.add("Give an evidence locator: the section, equation or page of the source you checked.");
        } else if (evidence.length() > MAX_EVIDENCE) {
            problems.add("The evidence locator has " + evidence.length() + " characters; at most " + MAX_EVIDENCE + ".");
        }
        if (caveats.length() > MAX_CAVEATS) {
            problems.add("The caveats have " + caveats.length() + " characters; at most " + MAX_CAVEATS + ".");
        }
        return problems;
    }
}
