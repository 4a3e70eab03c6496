package org.diffusioncourse.lesson;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The fixed sections of every lesson, in the order a lesson must list them. */
public enum SectionKind {
    INTUITION("Intuition", "intuition"),
    MATH("Math", "math"),
    CODE("Code", "code"),
    DEMO("Demo", "demo"),
    SOURCE_GROUNDING("Source grounding", "source-grounding"),
    PRACTICE("Practice", "practice"),
    RESEARCH_ROOM("Research room", "research-room");

    private final String heading;
    private final String anchor;

    SectionKind(String heading, String anchor) {
        this.heading = heading;
        this.anchor = anchor;
    }

    public String heading() {
        return heading;
    }

    /** The fragment id of the section on the lesson page. */
    public String anchor() {
        return anchor;
    }

    public static Optional<SectionKind> byHeading(String heading) {
        return Arrays.stream(values()).filter(k -> k.heading.equals(heading.strip())).findFirst();
    }

    public static List<String> headings() {
        return Arrays.stream(values()).map(SectionKind::heading).toList();
    }
}
