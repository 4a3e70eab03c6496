package org.diffusioncourse.lesson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diffusioncourse.base.InlineMath;

/**
 * Reads a lesson's {@code inquiry:} block, the Visual inquiry panel's question and its three or
 * four cues, and reports every problem with its line. The question and the cues label a radio
 * group, so they are plain text; a cue's {@code reveals} may hold {@code $...$} math. The limits
 * keep the panel one screen high and every id short enough for the {@code inquiry_pick} table.
 */
final class InquiryBlock {

    static final int MIN_OPTIONS = 3;
    static final int MAX_OPTIONS = 4;
    static final int MAX_QUESTION = 200;
    static final int MAX_CUE = 120;
    static final int MAX_REVEALS = 600;
    /** Well under the 80 characters of {@code inquiry_pick.option_id} (V7). */
    static final int MAX_ID = 40;

    private static final Lesson.Inquiry NONE = new Lesson.Inquiry("", List.of());

    private InquiryBlock() {
    }

    /** The block, or an empty inquiry when it is missing or not a mapping (with a problem either way). */
    static Lesson.Inquiry read(YamlMap fm) {
        return fm.map("inquiry", true).map(InquiryBlock::inquiry).orElse(NONE);
    }

    private static Lesson.Inquiry inquiry(YamlMap block) {
        block.allowOnly(Set.of("question", "options"));
        String question = block.requireString("question");
        plainAndShort(block, "question", question, MAX_QUESTION, "the inquiry's question");
        List<Lesson.Inquiry.Option> options = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> cues = new HashSet<>();
        for (YamlMap row : block.mapList("options", true)) {
            options.add(option(row, ids, cues));
        }
        if (block.has("options") && (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS)) {
            block.problems().at(block.lineOf("options"), "'options' of the inquiry needs " + MIN_OPTIONS + " to "
                    + MAX_OPTIONS + " cues, has " + options.size());
        }
        return new Lesson.Inquiry(question, options);
    }

    private static Lesson.Inquiry.Option option(YamlMap row, Set<String> ids, Set<String> cues) {
        row.allowOnly(Set.of("id", "cue", "reveals"));
        String id = LessonParser.uniqueId(row, ids, "inquiry option");
        if (id.length() > MAX_ID) {
            row.problems().at(row.lineOf("id"), "inquiry option id '" + id + "' has " + id.length()
                    + " characters; at most " + MAX_ID);
        }
        String name = id.isEmpty() ? row.where() : "inquiry option '" + id + "'";
        String cue = row.requireString("cue");
        plainAndShort(row, "cue", cue, MAX_CUE, "the cue of " + name);
        if (!cue.isEmpty() && !cues.add(cue.toLowerCase(Locale.ROOT))) {
            row.problems().at(row.lineOf("cue"), "the cue of " + name + ", '" + cue
                    + "', is the same as an earlier option's; each option names a different object");
        }
        String reveals = row.requireString("reveals");
        if (reveals.length() > MAX_REVEALS) {
            row.problems().at(row.lineOf("reveals"), "what " + name + " reveals has " + reveals.length()
                    + " characters; at most " + MAX_REVEALS);
        }
        return new Lesson.Inquiry.Option(id, cue, reveals);
    }

    private static void plainAndShort(YamlMap map, String key, String value, int max, String what) {
        if (value.length() > max) {
            map.problems().at(map.lineOf(key), what + " has " + value.length() + " characters; at most " + max);
        }
        boolean[] math = {false};
        InlineMath.split(value, prose -> { }, tex -> math[0] = true);
        if (math[0]) {
            map.problems().at(map.lineOf(key), what + " is a label of the radio group, so it is plain text: write"
                    + " symbols in Unicode (ᾱ_t, σ) instead of $...$ math");
        }
    }
}
