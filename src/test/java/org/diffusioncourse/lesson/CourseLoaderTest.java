package org.diffusioncourse.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.support.ContentCopy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The loader on a small good course, and on copies of it broken one way at a time: each
 * break must be reported with the right file, line and a message naming the problem.
 */
class CourseLoaderTest {

    private static final String LESSON = "content/lessons/first-steps/index.md";

    private Path root;
    private Path content;
    private final CourseLoader loader = new CourseLoader(new DemoCatalog());

    @BeforeEach
    void copyGoodFixture() throws URISyntaxException {
        Path fixture = Path.of(getClass().getResource("/fixtures/course-good/course.yml").toURI()).getParent();
        ContentCopy copy = ContentCopy.of(fixture);
        content = copy.root();
        root = content.getParent();
    }

    @Test
    void theGoodFixtureLoadsWithoutProblems() {
        Course course = loader.load(content);
        assertThat(course.problems()).isEmpty();
        assertThat(course.entries()).extracting(Course.Entry::id).containsExactly("basics", "first-steps");
        Lesson lesson = course.lesson("first-steps").orElseThrow();
        assertThat(lesson.sections()).extracting(Lesson.Section::kind).containsExactly(SectionKind.values());
        assertThat(lesson.directives()).extracting(Directive::kind).containsExactly(Directive.Kind.CODE, Directive.Kind.DEMO);
        assertThat(lesson.claims()).extracting(Lesson.Claim::id).containsExactly("closed-form", "ends-in-noise", "fixed-chain");
        assertThat(course.sources().get("nichol-2021-improved").link()).contains("https://arxiv.org/abs/2102.09672");
        assertThat(course.sources().get("ho-2020-ddpm").link()).contains("https://arxiv.org/abs/2006.11239");
    }

    @Test
    void mathIsLiftedOutOfMarkdownAndRenderedAsEscapedElements() {
        Lesson lesson = loader.load(content).lesson("first-steps").orElseThrow();
        String math = html(lesson, SectionKind.MATH);
        assertThat(math).contains("<course-math tex=\"x_t = \\sqrt{\\bar\\alpha_t}\\,x_0 + \\sqrt{1-\\bar\\alpha_t}\\,\\epsilon\">");
        assertThat(math).contains("<div class=\"math-display\"><course-math display tex=\"\\bar\\alpha_t = \\prod_{s=1}^{t} (1 - \\beta_s)\">");
        assertThat(math).doesNotContain("<em>");
    }

    @Test
    void placeholderTextIsAWarningAtItsLineAndTheLessonStaysWhole() throws IOException {
        edit(LESSON, "Noise is added a little at a time.", "TODO(author): say how fast the noise grows.");
        Course course = loader.load(content);
        ContentProblem warning = ContentProblem.warning(LESSON, lineOf(LESSON, "TODO(author)"),
                "placeholder still to be replaced: TODO(author): say how fast the noise grows.");
        assertThat(course.problems()).containsExactly(warning);
        assertThat(course.errors()).isEmpty();
        assertThat(warning.toString()).isEqualTo(LESSON + ":" + warning.line()
                + ": warning: placeholder still to be replaced: TODO(author): say how fast the noise grows.");
        assertThat(course.lesson("first-steps").orElseThrow().sections()).hasSize(SectionKind.values().length);
    }

    @Test
    void aProblemMadeTheOldWayIsAnError() {
        assertThat(new ContentProblem("content/course.yml", 3, "bad").severity()).isEqualTo(ContentProblem.Severity.ERROR);
        assertThat(new ContentProblem("content/course.yml", 3, "bad")).hasToString("content/course.yml:3: bad");
    }

    @Test
    void aBrokenDirectiveLeavesItsProblemInItsPlaceAndTheRestOfTheLesson() throws IOException {
        edit(LESSON, "::code{witness=forward-noising}", "::code{witness=no-such-witness}");
        Course course = loader.load(content);
        assertThat(course.errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("no-such-witness"));
        Lesson lesson = course.lesson("first-steps").orElseThrow();
        assertThat(lesson.sections()).extracting(Lesson.Section::kind).containsExactly(SectionKind.values());
        assertThat(lesson.section(SectionKind.CODE).orElseThrow().blocks())
                .anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Lesson.Block.Broken.class,
                        broken -> assertThat(broken.problems()).isEqualTo(course.errors())));
        assertThat(lesson.directives()).extracting(Directive::kind).containsExactly(Directive.Kind.DEMO);
    }

    @Test
    void malformedYamlInTheFrontMatterNamesTheLine() throws IOException {
        edit(LESSON, "title: First steps", "title: [unclosed");
        assertThat(problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(LESSON);
            assertThat(p.line()).isBetween(3, 5);
            assertThat(p.message()).startsWith("malformed YAML");
        });
    }

    @Test
    void anUnknownFrontMatterKeyIsReportedWithItsLine() throws IOException {
        edit(LESSON, "summary: A complete lesson in miniature.", "summary: A complete lesson in miniature.\nauthor: me");
        assertThat(problems()).contains(new ContentProblem(LESSON, lineOf(LESSON, "author: me"),
                "unknown key 'author' in front matter; allowed keys: " + String.join(", ",
                        new java.util.LinkedHashSet<>(LessonParser.FRONT_MATTER_KEYS))));
    }

    @Test
    void aMissingRequiredSectionIsReported() throws IOException {
        edit(LESSON, "## Research room\n\nAsk here.\n", "");
        assertThat(messages()).contains(LESSON + ": missing required section '## Research room'");
    }

    @Test
    void anUnknownSectionAndOutOfOrderSectionsAreReported() throws IOException {
        edit(LESSON, "## Practice", "## Exercises");
        assertThat(problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(lineOf(LESSON, "## Exercises"));
            assertThat(p.message()).startsWith("unknown section 'Exercises'");
        });
    }

    @Test
    void anUnknownSourceIdIsReportedWhereItIsCited() throws IOException {
        edit(LESSON, "  - id: ho-2020-ddpm\n    supports", "  - id: ho-2020-dpm\n    supports");
        assertThat(problems()).contains(new ContentProblem(LESSON, lineOf(LESSON, "- id: ho-2020-dpm"),
                "unknown source id 'ho-2020-dpm'; add it to content/sources.yml or fix the id"));
    }

    @Test
    void aYearThatIsNotTheArxivYearIsReportedWithTheIdTheYearAndTheYearExpected() throws IOException {
        edit("content/sources.yml", "    year: 2020\n    venue: NeurIPS 2020", "    year: 2021\n    venue: NeurIPS 2020");
        assertThat(problems()).containsExactly(new ContentProblem("content/sources.yml",
                lineOf("content/sources.yml", "year: 2021"), "source 'ho-2020-ddpm': year 2021 does not match arXiv id"
                        + " '2006.11239', which was first released in 2020; year is the year of first public release,"
                        + " so write 2020 (the venue keeps the conference year)"));
    }

    @Test
    void theArxivYearRuleReadsTheNewFormOnly() {
        assertThat(CourseLoader.arxivYear("2011.13456")).contains(2020);
        assertThat(CourseLoader.arxivYear("0704.0001")).contains(2007);
        assertThat(CourseLoader.arxivYear("2112.10752v2")).contains(2021);
        assertThat(CourseLoader.arxivYear("hep-th/9901001")).isEmpty();
    }

    @Test
    void anUnknownPrerequisiteIsReported() throws IOException {
        edit(LESSON, "prerequisites: [basics]", "prerequisites: [calculus]");
        assertThat(problems()).contains(new ContentProblem(LESSON, lineOf(LESSON, "prerequisites:"),
                "unknown prerequisite 'calculus'; it must be a lesson id listed in content/course.yml"));
    }

    @Test
    void aDemoDirectiveWithAnUnknownDemoIsReportedWithItsLine() throws IOException {
        edit(LESSON, "::demo{id=forward-noising", "::demo{id=backward-noising");
        assertThat(problems()).contains(new ContentProblem(LESSON, lineOf(LESSON, "::demo{"),
                "unknown demo 'backward-noising'; known demos: " + String.join(", ", new DemoCatalog().demoIds())));
    }

    @Test
    void aDemoDirectiveWithAnOutOfRangeParameterIsReported() throws IOException {
        edit(LESSON, "t=250", "t=1200");
        assertThat(problems()).contains(new ContentProblem(LESSON, lineOf(LESSON, "::demo{"),
                "t must be between 0 and 1000, was 1200"));
    }

    @Test
    void aDemoDirectiveWithAnUnknownDatasetOrParameterIsReported() throws IOException {
        edit(LESSON, "dataset=two-moons", "dataset=three-moons colour=red");
        assertThat(messages()).anyMatch(m -> m.contains("dataset must be one of two-moons, spiral, two-blobs; was \"three-moons\""))
                .anyMatch(m -> m.contains("unknown parameter 'colour' for ::demo{id=forward-noising}"));
    }

    @Test
    void anUnknownDirectiveIsReportedWithItsLineAndTheDirectivesThereAre() throws IOException {
        edit(LESSON, "::code{witness=forward-noising}", "::chart{witness=forward-noising}");
        assertThat(problems()).contains(new ContentProblem(LESSON, lineOf(LESSON, "::chart{"),
                "unknown directive ::chart; the directives are ::demo, ::storyboard and ::code"));
    }

    @Test
    void headingsAndDirectivesInsideCodeBlocksAreCode() throws IOException {
        // A fence of four backticks is closed only by four: the inner ``` line and the heading are code.
        edit(LESSON, "## Code\n\n", "## Code\n\n````markdown\n```\n## Math\n::demo{id=nowhere}\n````\n\n");
        assertThat(problems()).isEmpty();
        Lesson lesson = loader.load(content).lesson("first-steps").orElseThrow();
        assertThat(lesson.directives()).extracting(Directive::kind).containsExactly(Directive.Kind.CODE, Directive.Kind.DEMO);
        assertThat(html(lesson, SectionKind.CODE)).contains("## Math\n::demo{id=nowhere}");
    }

    @Test
    void aSectionHeadingIsReadAsCommonMarkReadsIt() throws IOException {
        edit(LESSON, "## Practice", "##   Practice   ##");
        assertThat(problems()).isEmpty();
        edit(LESSON, "##   Practice   ##", "## Practice *now*");
        assertThat(problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(lineOf(LESSON, "## Practice *now*"));
            assertThat(p.message()).startsWith("unknown section 'Practice *now*'; the sections are, in order: Intuition,");
        });
    }

    @Test
    void aLessonMissingFromCourseYmlIsReported() throws IOException {
        edit("content/course.yml", "  - id: first-steps\n", "");
        assertThat(messages()).contains(LESSON
                + ": lesson 'first-steps' is not listed in content/course.yml; add '- id: first-steps' where it belongs in the order");
    }

    @Test
    void aCourseEntryWithoutAFileIsReported() throws IOException {
        edit("content/course.yml", "  - id: first-steps\n", "  - id: first-steps\n  - id: second-steps\n");
        assertThat(problems()).contains(new ContentProblem("content/course.yml", lineOf("content/course.yml", "- id: second-steps"),
                "lesson 'second-steps' has no file content/lessons/second-steps/index.md; write it or mark the entry 'planned: true'"));
    }

    @Test
    void aPracticeAnswerWithAnUnknownQuantityIsReported() throws IOException {
        edit(LESSON, "quantity: crossing-band", "quantity: crossing-colour");
        assertThat(messages()).anyMatch(m -> m.contains("practice item 'band': unknown quantity 'crossing-colour'"));
    }

    @Test
    void unclosedDisplayMathIsReported() throws IOException {
        edit(LESSON, "\\prod_{s=1}^{t} (1 - \\beta_s)\n$$", "\\prod_{s=1}^{t} (1 - \\beta_s)");
        assertThat(messages()).anyMatch(m -> m.endsWith("display math opened with $$ is never closed"));
    }

    @Test
    void rawHtmlAndScriptUrlsInMarkdownAreEscapedNotRendered() throws IOException {
        edit(LESSON, "Noise is added a little at a time.",
                "Noise <script>alert(1)</script> <img src=x onerror=alert(2)> [link](javascript:alert%283%29) $x\" onmouseover=\"alert(4)$");
        Lesson lesson = loader.load(content).lesson("first-steps").orElseThrow();
        String html = html(lesson, SectionKind.INTUITION);
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("href=\"javascript")
                .contains("&lt;script&gt;").contains("tex=\"x&quot; onmouseover=&quot;alert(4)\"");
    }

    @Test
    void aLessonWhoseIdDiffersFromItsFolderIsReported() throws IOException {
        edit(LESSON, "id: first-steps", "id: second-steps");
        assertThat(messages()).contains(LESSON + ":2: id 'second-steps' must equal the lesson's folder name 'first-steps'");
    }

    @Test
    void tooFewClaimsAreReported() throws IOException {
        edit(LESSON, "  - id: fixed-chain\n    text: \"The forward chain is not learned.\"\n    sources: [ho-2020-ddpm]\n    scope: \"DDPM only.\"\n", "");
        assertThat(problems()).contains(new ContentProblem(LESSON, lineOf(LESSON, "claims:"),
                "'claims' needs at least 3 entries, has 2"));
    }

    @Test
    void aMissingContentFolderIsAProblemNotACrash() {
        Course course = loader.load(root.resolve("nowhere"));
        assertThat(course.entries()).isEmpty();
        assertThat(course.problems()).singleElement().extracting(ContentProblem::message).asString()
                .contains("does not exist");
    }

    @Test
    void aLessonThatMakesTheLoaderThrowIsAProblemAtLineOneAndTheRestOfTheCourseLoads() throws IOException {
        edit(LESSON, "::demo{id=forward-noising", "::demo{id=" + ThrowingCatalog.DEMO);
        Course course = new CourseLoader(new ThrowingCatalog()).load(content);
        assertThat(course.problems()).containsExactly(new ContentProblem(LESSON, 1,
                "cannot be read: the site failed on it with IllegalStateException, a fault in the site that is logged in full"));
        assertThat(course.entries()).extracting(Course.Entry::id).containsExactly("basics", "first-steps");
        assertThat(course.entry("first-steps").orElseThrow().file()).isEqualTo(LESSON);
        assertThat(course.lesson("first-steps")).isEmpty();
    }

    @Test
    void markdownNestedTooDeeplyToReadIsAProblemNotACrash() throws IOException {
        // A hundred thousand nested quotes: commonmark's tree walks recurse once per level.
        edit(LESSON, "Noise is added a little at a time.", ">".repeat(100_000) + " deep");
        int nesting = lineOf(LESSON, ">>>>>");
        Course course = loader.load(content);
        assertThat(course.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(LESSON);
            // The body's first line when the whole body cannot be outlined, else the block's own line.
            assertThat(p.line()).isBetween(1, nesting);
            assertThat(p.message()).isEqualTo("cannot be read: it nests too deeply, or one value is too long, for the reader;"
                    + " simplify it");
        });
        assertThat(course.entries()).extracting(Course.Entry::id).containsExactly("basics", "first-steps");
        assertThat(course.lesson("first-steps")).as("its front matter could be read, so it is still previewed").isPresent();
    }

    @Test
    void aCourseEntryThatMakesTheLoaderThrowIsAProblemAtItsLineAndTheOtherEntriesLoad() throws IOException {
        // Java's regular expressions recurse once per repetition of a group, so checking this id
        // against the id pattern runs out of stack.
        edit("content/course.yml", "  - id: first-steps\n", "  - id: first-steps\n  - id: " + "a-".repeat(50_000) + "a\n");
        Course course = loader.load(content);
        assertThat(course.problems()).containsExactly(new ContentProblem("content/course.yml",
                lineOf("content/course.yml", "- id: a-a-"),
                "cannot be read: it nests too deeply, or one value is too long, for the reader; simplify it"));
        assertThat(course.lesson("first-steps")).isPresent();
    }

    @Test
    void aSourceThatMakesTheLoaderThrowIsAProblemAtItsLineAndTheOtherSourcesLoad() throws IOException {
        edit("content/sources.yml", "sources:\n", "sources:\n  - id: " + "a-".repeat(50_000) + "a\n    authors: [A]\n"
                + "    title: T\n    year: 2020\n");
        Course course = loader.load(content);
        assertThat(course.problems()).containsExactly(new ContentProblem("content/sources.yml",
                lineOf("content/sources.yml", "- id: a-a-"),
                "cannot be read: it nests too deeply, or one value is too long, for the reader; simplify it"));
        assertThat(course.sources()).containsOnlyKeys("ho-2020-ddpm", "nichol-2021-improved");
        assertThat(course.lesson("first-steps")).isPresent();
    }

    private static String html(Lesson lesson, SectionKind kind) {
        return lesson.section(kind).orElseThrow().blocks().stream()
                .filter(Lesson.Block.Html.class::isInstance).map(b -> ((Lesson.Block.Html) b).html())
                .reduce("", String::concat);
    }

    private List<ContentProblem> problems() {
        return loader.load(content).problems();
    }

    private List<String> messages() {
        return problems().stream().map(ContentProblem::toString).toList();
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = root.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).as("fixture text to replace in " + file).contains(from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private int lineOf(String file, String needle) throws IOException {
        List<String> lines = Files.readAllLines(root.resolve(file), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in " + file);
    }
}
