package org.diffusioncourse.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.support.ContentCopy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code inquiry:} block of a lesson's front matter, on the good fixture and on copies broken
 * one way at a time: each problem names the file, the line and what is wrong.
 */
class InquiryBlockTest {

    private static final String LESSON = "content/lessons/first-steps/index.md";
    private static final String FIRST_OPTION = """
                - id: cloud
                  cue: "The point cloud"
                  reveals: "It shrinks by $\\\\sqrt{\\\\bar\\\\alpha_t}$ and blurs."
            """;
    private static final String FOURTH_OPTION = """
                - id: threshold
                  cue: "The threshold line"
                  reveals: "Where chance ends."
            """;

    private Path root;
    private Path content;
    private final CourseLoader loader = new CourseLoader(new DemoCatalog());

    @BeforeEach
    void copyGoodFixture() throws URISyntaxException {
        Path fixture = Path.of(getClass().getResource("/fixtures/course-good/course.yml").toURI()).getParent();
        content = ContentCopy.of(fixture).root();
        root = content.getParent();
    }

    @Test
    void theBlockIsReadWithItsQuestionAndItsCuesInOrder() {
        Course course = loader.load(content);
        assertThat(course.problems()).isEmpty();
        Lesson.Inquiry inquiry = course.lesson("first-steps").orElseThrow().inquiry();
        assertThat(inquiry.question()).isEqualTo("Which visible object should carry the first intuition?");
        assertThat(inquiry.options()).extracting(Lesson.Inquiry.Option::id).containsExactly("cloud", "curve", "readout");
        assertThat(inquiry.option("cloud").orElseThrow().reveals()).isEqualTo("It shrinks by $\\sqrt{\\bar\\alpha_t}$ and blurs.");
        assertThat(inquiry.option("curve").orElseThrow().cue()).isEqualTo("The alpha-bar curve");
        assertThat(inquiry.option("nothing")).isEmpty();
    }

    @Test
    void fourCuesAreAllowed() throws IOException {
        edit("      reveals: \"The numbers behind the picture.\"\n",
                "      reveals: \"The numbers behind the picture.\"\n" + FOURTH_OPTION);
        Course course = loader.load(content);
        assertThat(course.problems()).isEmpty();
        assertThat(course.lesson("first-steps").orElseThrow().inquiry().options()).hasSize(4);
    }

    @Test
    void aLessonWithoutTheBlockIsAnErrorAtTheFrontMatter() throws IOException {
        String text = Files.readString(root.resolve(LESSON), StandardCharsets.UTF_8);
        Files.writeString(root.resolve(LESSON), text.substring(0, text.indexOf("inquiry:")) + text.substring(text.indexOf("---", 4)),
                StandardCharsets.UTF_8);
        assertThat(problems()).containsExactly(new ContentProblem(LESSON, 2, "missing required key 'inquiry' in front matter"));
    }

    @Test
    void tooFewCuesAreAnErrorAtTheOptionsLine() throws IOException {
        edit(FIRST_OPTION, "");
        assertThat(problems()).containsExactly(new ContentProblem(LESSON, lineOf("  options:"),
                "'options' of the inquiry needs 3 to 4 cues, has 2"));
    }

    @Test
    void tooManyCuesAreAnError() throws IOException {
        edit("      reveals: \"The numbers behind the picture.\"\n", "      reveals: \"The numbers behind the picture.\"\n"
                + FOURTH_OPTION + FOURTH_OPTION.replace("threshold", "other").replace("The other line", "Another line"));
        assertThat(messages()).containsExactly(LESSON + ":" + lineOf("  options:") + ": 'options' of the inquiry needs 3 to 4 cues, has 5");
    }

    @Test
    void aMissingQuestionCueOrRevealIsNamed() throws IOException {
        edit("  question: \"Which visible object should carry the first intuition?\"\n", "");
        edit("      cue: \"The alpha-bar curve\"\n", "");
        edit("      reveals: \"The numbers behind the picture.\"\n", "");
        assertThat(messages()).containsExactlyInAnyOrder(
                LESSON + ":" + lineOf("  options:") + ": missing required key 'question' in 'inquiry' of front matter",
                LESSON + ":" + lineOf("- id: curve") + ": missing required key 'cue' in options[2] of 'inquiry' of front matter",
                LESSON + ":" + lineOf("- id: readout") + ": missing required key 'reveals' in options[3] of 'inquiry' of front matter");
    }

    @Test
    void anUnknownKeyInTheBlockOrInAnOptionIsNamed() throws IOException {
        edit("  options:\n", "  answer: cloud\n  options:\n");
        edit("      cue: \"The readout\"\n", "      cue: \"The readout\"\n      hint: \"look down\"\n");
        assertThat(messages()).containsExactlyInAnyOrder(
                LESSON + ":" + lineOf("answer: cloud") + ": unknown key 'answer' in 'inquiry' of front matter; allowed keys: "
                        + String.join(", ", new LinkedHashSet<>(Set.of("question", "options"))),
                LESSON + ":" + lineOf("hint: \"look down\"") + ": unknown key 'hint' in options[3] of 'inquiry' of front matter; "
                        + "allowed keys: " + String.join(", ", new LinkedHashSet<>(Set.of("id", "cue", "reveals"))));
    }

    @Test
    void aDuplicateOrMalformedOptionIdIsNamed() throws IOException {
        edit("    - id: curve\n", "    - id: cloud\n");
        edit("    - id: readout\n", "    - id: Read_Out\n");
        assertThat(messages()).containsExactlyInAnyOrder(
                LESSON + ":" + lineOf("- id: cloud", 2) + ": duplicate inquiry option id 'cloud'",
                LESSON + ":" + lineOf("- id: Read_Out") + ": inquiry option id 'Read_Out' must be lower-case words joined by "
                        + "hyphens, like 'closed-form-marginal'");
    }

    @Test
    void aTooLongIdIsAnError() throws IOException {
        String id = "a" + "-b".repeat(25);
        edit("    - id: readout\n", "    - id: " + id + "\n");
        assertThat(messages()).containsExactly(LESSON + ":" + lineOf("- id: a-b") + ": inquiry option id '" + id
                + "' has 51 characters; at most 40");
    }

    @Test
    void twoOptionsNamingTheSameObjectAreAnError() throws IOException {
        edit("      cue: \"The readout\"\n", "      cue: \"the point cloud\"\n");
        assertThat(messages()).containsExactly(LESSON + ":" + lineOf("cue: \"the point cloud\"") + ": the cue of inquiry option "
                + "'readout', 'the point cloud', is the same as an earlier option's; each option names a different object");
    }

    @Test
    void lengthsAreLimitedAndTheMessageGivesTheCount() throws IOException {
        String question = "Q".repeat(201);
        String cue = "c".repeat(121);
        String reveals = "r".repeat(601);
        edit("  question: \"Which visible object should carry the first intuition?\"", "  question: \"" + question + "\"");
        edit("      cue: \"The readout\"", "      cue: \"" + cue + "\"");
        edit("      reveals: \"One number sets the noise.\"", "      reveals: \"" + reveals + "\"");
        assertThat(messages()).containsExactlyInAnyOrder(
                LESSON + ":" + lineOf("question: \"QQ") + ": the inquiry's question has 201 characters; at most 200",
                LESSON + ":" + lineOf("cue: \"cc") + ": the cue of inquiry option 'readout' has 121 characters; at most 120",
                LESSON + ":" + lineOf("reveals: \"rr") + ": what inquiry option 'curve' reveals has 601 characters; at most 600");
    }

    @Test
    void theLimitsThemselvesAreAllowed() throws IOException {
        edit("  question: \"Which visible object should carry the first intuition?\"", "  question: \"" + "Q".repeat(200) + "\"");
        edit("      cue: \"The readout\"", "      cue: \"" + "c".repeat(120) + "\"");
        edit("      reveals: \"One number sets the noise.\"", "      reveals: \"" + "r".repeat(600) + "\"");
        assertThat(problems()).isEmpty();
    }

    @Test
    void mathIsRefusedInTheQuestionAndTheCuesButAllowedInTheReveals() throws IOException {
        edit("  question: \"Which visible object should carry the first intuition?\"", "  question: \"Which $x_t$?\"");
        edit("      cue: \"The alpha-bar curve\"", "      cue: \"The $\\\\bar\\\\alpha_t$ curve\"");
        String plain = " is a label of the radio group, so it is plain text: write symbols in Unicode (ᾱ_t, σ) instead of $...$ math";
        assertThat(messages()).containsExactlyInAnyOrder(
                LESSON + ":" + lineOf("question: \"Which $x_t$?\"") + ": the inquiry's question" + plain,
                LESSON + ":" + lineOf("cue: \"The $") + ": the cue of inquiry option 'curve'" + plain);
    }

    @Test
    void aBlockThatIsNotAMappingIsAnErrorAndTheLessonIsStillServed() throws IOException {
        String text = Files.readString(root.resolve(LESSON), StandardCharsets.UTF_8);
        int start = text.indexOf("inquiry:");
        Files.writeString(root.resolve(LESSON), text.substring(0, start) + "inquiry: pick the cloud\n"
                + text.substring(text.indexOf("---", start)), StandardCharsets.UTF_8);
        Course course = loader.load(content);
        assertThat(course.problems()).extracting(ContentProblem::toString)
                .containsExactly(LESSON + ":" + lineOf("inquiry: pick") + ": 'inquiry' of front matter must be a mapping of key: value lines");
        assertThat(course.lesson("first-steps").orElseThrow().inquiry().options()).isEmpty();
    }

    private List<ContentProblem> problems() {
        return loader.load(content).problems();
    }

    private List<String> messages() {
        return problems().stream().map(ContentProblem::toString).toList();
    }

    private void edit(String from, String to) throws IOException {
        Path path = root.resolve(LESSON);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).as("fixture text to replace").contains(from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private int lineOf(String needle) throws IOException {
        return lineOf(needle, 1);
    }

    /** The line of the {@code nth} occurrence of {@code needle}, from 1. */
    private int lineOf(String needle, int nth) throws IOException {
        List<String> lines = Files.readAllLines(root.resolve(LESSON), StandardCharsets.UTF_8);
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle) && ++seen == nth) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in " + LESSON);
    }
}
