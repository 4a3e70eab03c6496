package org.diffusioncourse.lesson;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A line such as {@code ::demo{id=forward-noising dataset=two-moons t=250}} in a lesson:
 * it places a live component in the page. The loader reads the word after {@code ::} once,
 * into a {@link Kind}; everything after it switches on the kind, never on the word.
 *
 * @param kind   what the directive places
 * @param params the key=value pairs inside the braces, in the order written
 * @param line   the 1-based line in the lesson file
 */
public record Directive(Kind kind, Map<String, String> params, int line) {

    public Directive {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The directives a lesson may use, each with the parameter that names what it shows. */
    public enum Kind {
        /** {@code ::demo{id=DEMO …settings}}: a live demo, driven by the page link. */
        DEMO("demo", "id"),
        /** {@code ::storyboard{demo=DEMO …settings}}: small multiples of a demo at key moments. */
        STORYBOARD("storyboard", "demo"),
        /** {@code ::code{witness=NAME}}: a region of the real source that runs a demo. */
        CODE("code", "witness");

        private final String word;
        private final String subjectKey;

        Kind(String word, String subjectKey) {
            this.word = word;
            this.subjectKey = subjectKey;
        }

        /** The word after {@code ::} in a lesson file. */
        public String word() {
            return word;
        }

        /** The parameter naming the demo or witness, e.g. {@code id} for {@code ::demo}. */
        public String subjectKey() {
            return subjectKey;
        }

        public static Optional<Kind> of(String word) {
            return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
        }

        /** "::demo, ::storyboard and ::code", for messages. */
        static String listed() {
            String all = Arrays.stream(values()).map(k -> "::" + k.word).collect(Collectors.joining(", "));
            int last = all.lastIndexOf(", ");
            return all.substring(0, last) + " and " + all.substring(last + 2);
        }
    }

    /** The demo or witness the directive names; empty when the author left it out. */
    public Optional<String> subject() {
        return Optional.ofNullable(params.get(kind.subjectKey()));
    }

    /** The parameters other than the subject: a demo's or a storyboard's settings. */
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>(params);
        settings.remove(kind.subjectKey());
        return settings;
    }
}
