package org.diffusioncourse.review;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How well one lesson's claims are grounded: how many are in each {@link ReviewState}. Counts
 * only, so it is public: the course home shows it to every visitor.
 */
public record LessonGrounding(String lessonId, String title, Map<ReviewState, Integer> counts) {

    public LessonGrounding {
        EnumMap<ReviewState, Integer> all = new EnumMap<>(ReviewState.class);
        for (ReviewState s : ReviewState.values()) {
            all.put(s, counts.getOrDefault(s, 0));
        }
        counts = java.util.Collections.unmodifiableMap(all);
    }

    public int count(ReviewState state) {
        return counts.get(state);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "5 claims: 3 supported, 1 stale, 1 not reviewed"; states with no claim are left out. */
    public String summary() {
        int total = total();
        if (total == 0) {
            return "No claims to check";
        }
        return total + (total == 1 ? " claim: " : " claims: ") + Stream.of(ReviewState.values())
                .filter(s -> count(s) > 0).map(s -> count(s) + " " + s.phrase()).collect(Collectors.joining(", "));
    }

    /** The sum of several lessons' counts, under the given title. */
    public static LessonGrounding sum(String title, Collection<LessonGrounding> lessons) {
        EnumMap<ReviewState, Integer> counts = new EnumMap<>(ReviewState.class);
        lessons.forEach(l -> l.counts().forEach((s, n) -> counts.merge(s, n, Integer::sum)));
        return new LessonGrounding("", title, counts);
    }
}
