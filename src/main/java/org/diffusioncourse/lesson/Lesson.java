package org.diffusioncourse.lesson;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A lesson as written in {@code content/lessons/<id>/index.md}: its front matter and its
 * sections, validated.
 */
public record Lesson(String id, String title, String summary, List<String> prerequisites,
                     List<Notation> notation, List<SourceUse> sources, List<Claim> claims,
                     List<PracticeItem> practice, Research research,
                     List<Misconception> misconceptions, Inquiry inquiry, List<Section> sections, String file) {

    public Lesson {
        prerequisites = List.copyOf(prerequisites);
        notation = List.copyOf(notation);
        sources = List.copyOf(sources);
        claims = List.copyOf(claims);
        practice = List.copyOf(practice);
        misconceptions = List.copyOf(misconceptions);
        sections = List.copyOf(sections);
    }

    public Optional<Section> section(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst();
    }

    /** Every directive of the lesson, in page order. */
    public List<Directive> directives() {
        return sections.stream().flatMap(s -> s.blocks().stream())
                .filter(Block.DirectiveBlock.class::isInstance)
                .map(b -> ((Block.DirectiveBlock) b).directive()).toList();
    }

    /** The lesson's live demo: its first {@code ::demo}, the one the page link drives. */
    public Optional<Directive> demo() {
        return directives().stream().filter(d -> d.kind() == Directive.Kind.DEMO).findFirst();
    }

    /** A row of the notation panel; the symbol is TeX. */
    public record Notation(String symbol, String meaning) {
    }

    /** A source cited by this lesson and what it supports here. */
    public record SourceUse(String id, String supports) {
    }

    /** A checkable statement with the sources that should support it and its scope. */
    public record Claim(String id, String text, List<String> sources, String scope) {
        public Claim {
            sources = List.copyOf(sources);
        }
    }

    /**
     * A practice item: commit to a prediction, reveal hints one at a time, tick the rubric.
     *
     * @param answer how the simulation computes the answer, or null when the item is open
     */
    public record PracticeItem(String id, String prompt, List<String> choices, Answer answer,
                               List<String> hints, List<String> rubric) {
        public PracticeItem {
            choices = List.copyOf(choices);
            hints = List.copyOf(hints);
            rubric = List.copyOf(rubric);
        }
    }

    /** A quantity one of the demos computes for given parameters. */
    public record Answer(String demo, String quantity, Map<String, String> params) {
        public Answer {
            params = Map.copyOf(params);
        }
    }

    /** The research room's starting question and what would settle it. */
    public record Research(String question, List<String> evidence, List<String> resolves) {
        public Research {
            evidence = List.copyOf(evidence);
            resolves = List.copyOf(resolves);
        }
    }

    /**
     * The Visual inquiry panel: before the lesson explains, the learner picks which visible
     * object of the page should carry the first intuition, and is then shown what that cue
     * reveals. Read and checked by {@code InquiryBlock}.
     *
     * @param question the question above the choices, plain text (it labels the radio group)
     * @param options  three or four cues, each naming an object the learner can see on the page
     */
    public record Inquiry(String question, List<Option> options) {
        public Inquiry {
            options = List.copyOf(options);
        }

        /** The option with this id, if the lesson has one. */
        public Optional<Option> option(String id) {
            return options.stream().filter(o -> o.id().equals(id)).findFirst();
        }

        /**
         * One cue.
         *
         * @param cue     the visible object, in the author's words, plain text (a radio button's label)
         * @param reveals what looking at that object shows, in the author's words; {@code $...$} is math
         */
        public record Option(String id, String cue, String reveals) {
        }
    }

    /** A common wrong belief and its correction. */
    public record Misconception(String id, String text) {
    }

    /** One of the fixed sections with its content. */
    public record Section(SectionKind kind, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * A piece of a section: rendered Markdown, a directive that places a component, or a part
     * that could not be read (a broken directive, Markdown the renderer failed on), which the
     * page shows as its problems in its place while it renders the rest.
     */
    public sealed interface Block {
        /** HTML produced from the author's Markdown with raw HTML escaped. */
        record Html(String html) implements Block {
        }

        record DirectiveBlock(Directive directive) implements Block {
        }

        /** What is wrong with the part that stood here; never empty. */
        record Broken(List<ContentProblem> problems) implements Block {
            public Broken {
                problems = List.copyOf(problems);
            }
        }
    }
}
