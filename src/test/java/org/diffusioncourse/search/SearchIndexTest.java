package org.diffusioncourse.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.lesson.CourseLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The index finds words in their other forms, ranks titles first, refuses what it must and never throws. */
class SearchIndexTest {

    private static final SearchIndex COURSE = SearchIndex.of(
            SearchDocuments.of(new CourseLoader(new DemoCatalog()).load(Path.of("content"))));

    private static SearchDocument doc(SearchKind kind, String title, String text, String link) {
        return new SearchDocument(kind, "lesson-a", "Lesson A", title, text, link);
    }

    @Test
    void aWordFindsItsOtherFormsThroughPorterStemming() {
        SearchIndex index = SearchIndex.of(List.of(doc(SearchKind.SECTION, "Intuition", "We add noise to the data.", "lessons/lesson-a#intuition")));
        assertThat(index.search("noising").hits()).extracting(SearchHit::link).containsExactly("lessons/lesson-a#intuition");
        assertThat(index.search("noises").hits()).hasSize(1);
        assertThat(index.search("Noised").hits()).hasSize(1);
        assertThat(SearchIndex.terms("Noising the scores")).containsExactly("nois", "score");
    }

    @Test
    void aMatchInATitleRanksAboveAMatchInTheText() {
        SearchIndex index = SearchIndex.of(List.of(
                doc(SearchKind.SECTION, "Intuition", "The score points uphill in log density; a score is a gradient.", "lessons/lesson-a#intuition"),
                doc(SearchKind.CLAIM, "Score matching", "Regress a network onto a target field.", "lessons/lesson-a#claim-sm")));
        assertThat(index.search("score").hits()).extracting(SearchHit::link)
                .containsExactly("lessons/lesson-a#claim-sm", "lessons/lesson-a#intuition");
    }

    @Test
    void everyWordMustMatchUnlessNoResultHasThemAll() {
        SearchIndex index = SearchIndex.of(List.of(
                doc(SearchKind.SECTION, "Math", "Gaussian noise schedule", "lessons/lesson-a#math"),
                doc(SearchKind.SECTION, "Code", "Gaussian kernel", "lessons/lesson-a#code")));
        assertThat(index.search("gaussian schedule").hits()).extracting(SearchHit::link).containsExactly("lessons/lesson-a#math");
        SearchResults some = index.search("schedule kernel");
        assertThat(some.hits()).hasSize(2);
        assertThat(some.notice()).contains("No result has all of your words");
    }

    @Test
    void theRealCourseIsFoundByLessonClaimNotationMisconceptionAndSource() {
        assertThat(COURSE.search("forward process").hits().getFirst().link()).isEqualTo("lessons/forward-process");
        assertThat(COURSE.search("cosine schedule clipping").hits()).extracting(SearchHit::link)
                .contains("lessons/forward-process#claim-cosine-schedule");
        assertThat(COURSE.search("cumulative product").hits())
                .anySatisfy(hit -> {
                    assertThat(hit.kind()).isEqualTo(SearchKind.NOTATION);
                    assertThat(hit.link()).isEqualTo("lessons/forward-process#notation");
                    assertThat(hit.title()).isEqualTo("bar alpha t");
                });
        assertThat(COURSE.search("Denoising Diffusion Probabilistic Models").hits())
                .anySatisfy(hit -> assertThat(hit.link()).isEqualTo("lessons/forward-process#source-ho-2020-ddpm"));
        assertThat(COURSE.search("noise std quarter").hits()).extracting(SearchHit::kind).contains(SearchKind.MISCONCEPTION);
        assertThat(COURSE.search("intuition").hits()).extracting(SearchHit::link).contains("lessons/forward-process#intuition");
    }

    @Test
    void mathIsIndexedAsItsWordsAndSnippetsAreThoseWords() {
        assertThat(PlainText.fromInline("keeps $\\sqrt{\\bar\\alpha_t}$ of $\\mathbf{x}_0$, costs \\$5"))
                .isEqualTo("keeps sqrt bar alpha t of x 0 , costs $5");
        assertThat(PlainText.fromHtml("<p>A &amp; B <course-math tex=\"\\beta_t &lt; 1\"></course-math> <em>now</em></p>"))
                .isEqualTo("A & B beta t 1 now");
    }

    @Test
    void aSnippetStartsNearTheFirstMatchAndIsPlainText() {
        String text = "word ".repeat(60) + "the schedule decides " + "tail ".repeat(60);
        String snippet = SearchIndex.snippet(text.strip(), SearchIndex.terms("schedules"));
        assertThat(snippet).startsWith("… ").endsWith(" …").contains("the schedule decides");
        assertThat(snippet.length()).isLessThanOrEqualTo(190);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unbalanced", "AND", "OR NOT", "(((", ")", "*", "?", "title:", "noise~2", "noise^10",
            "[a TO", "\\", "/regex/", "+-!&&||", "<script>alert(1)</script>", "\u0000", "🙂 score", "ÅÄÖ déjà vu", "the"})
    void aHostileOrOddSearchNeverThrows(String query) {
        assertThatCode(() -> COURSE.search(query)).doesNotThrowAnyException();
        assertThat(COURSE.search(query).hits().size()).isLessThanOrEqualTo(SearchIndex.MAX_RESULTS);
    }

    @Test
    void aSearchOfOnlyCommonWordsOrPunctuationSaysSo() {
        assertThat(COURSE.search("AND").notice()).contains("no words to look up");
        assertThat(COURSE.search("\"((").notice()).contains("no words to look up");
        assertThat(COURSE.search("   ").notice()).isEmpty();
        assertThat(COURSE.search("   ").hits()).isEmpty();
    }

    @Test
    void aTooLongSearchIsRefusedWithTheLimit() {
        String longest = "noise ".repeat(40).substring(0, SearchIndex.MAX_QUERY_CHARS);
        assertThat(COURSE.search(longest).hits()).isNotEmpty();
        SearchResults refused = COURSE.search(longest + "x");
        assertThat(refused.hits()).isEmpty();
        assertThat(refused.notice()).contains("limited to 200 characters; yours has 201");
    }

    @Test
    void atMostFiftyResultsAreShownAndTheTotalIsTold() {
        SearchIndex index = SearchIndex.of(IntStream.range(0, 73)
                .mapToObj(i -> doc(SearchKind.CLAIM, "Claim " + i, "noise " + i, "lessons/lesson-a#claim-" + i)).toList());
        SearchResults results = index.search("noise");
        assertThat(results.hits()).hasSize(SearchIndex.MAX_RESULTS);
        assertThat(results.total()).isEqualTo(73);
        assertThat(results.notice()).isEqualTo("Showing the best 50 of 73 results; add a word to narrow the search.");
    }
}
