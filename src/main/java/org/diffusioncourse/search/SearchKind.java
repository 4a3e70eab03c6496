package org.diffusioncourse.search;

import java.util.Arrays;
import java.util.Optional;

/** What a search result is: the one registry of the kinds, their ids in the index and their labels. */
public enum SearchKind {
    LESSON("lesson", "Lesson"),
    SECTION("section", "Section"),
    CLAIM("claim", "Claim"),
    NOTATION("notation", "Notation"),
    MISCONCEPTION("misconception", "Misconception"),
    SOURCE("source", "Source");

    private final String id;
    private final String label;

    SearchKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The value stored in the index, and the CSS class suffix of a result. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    static Optional<SearchKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
