package org.diffusioncourse.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.junit.jupiter.api.Test;

/** The course-wide notation groups every row of every panel under the symbol it writes. */
class CourseNotationTest {

    private static final Course COURSE = new CourseLoader(new DemoCatalog()).load(Path.of("content"));
    private final CourseNotation notation = CourseNotation.of(COURSE);

    private CourseNotation.Group group(String key) {
        return notation.groups().stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aSymbolIsItsAccentsAndItsLetterWithoutIndicesOrArguments() {
        assertThat(CourseNotation.heads("\\sigma_t")).containsExactly("\\sigma");
        assertThat(CourseNotation.heads("\\sigma(t)")).containsExactly("\\sigma");
        assertThat(CourseNotation.heads("\\theta, \\sigma")).containsExactly("\\theta", "\\sigma");
        assertThat(CourseNotation.heads("\\alpha_t, \\bar\\alpha_t")).containsExactly("\\alpha", "\\bar\\alpha");
        assertThat(CourseNotation.heads("\\tilde\\sigma_t^2")).containsExactly("\\tilde\\sigma");
        assertThat(CourseNotation.heads("\\mathcal E(p, q)")).containsExactly("\\mathcal{E}");
        assertThat(CourseNotation.heads("\\mathrm{MMD}_\\kappa^2")).containsExactly("\\mathrm{MMD}");
        assertThat(CourseNotation.heads("\\hat x_0")).containsExactly("\\hat x");
        assertThat(CourseNotation.heads("\\bar{x}")).containsExactly("\\bar x");
        assertThat(CourseNotation.heads("\\mathrm{SNR}(t)")).containsExactly("\\mathrm{SNR}");
        assertThat(CourseNotation.heads("f(x, t)")).as("a comma inside the arguments").containsExactly("f");
        assertThat(CourseNotation.heads("s_u, \\; s_c")).as("one symbol once").containsExactly("s");
        assertThat(CourseNotation.heads("L_{\\text{simple}}")).containsExactly("L");
        assertThat(CourseNotation.heads("\\nabla_x \\log p_t(x)")).containsExactly("\\nabla");
        assertThat(CourseNotation.heads("")).isEmpty();
        assertThat(CourseNotation.heads("{}, ,")).isEmpty();
    }

    @Test
    void everyRowOfEveryPanelIsOnThePageWithItsLesson() {
        List<CourseNotation.Use> shown = notation.groups().stream().flatMap(g -> g.uses().stream()).toList();
        for (Lesson lesson : COURSE.lessons()) {
            for (Lesson.Notation row : lesson.notation()) {
                assertThat(shown).as(lesson.id() + ": " + row.symbol())
                        .contains(new CourseNotation.Use(lesson.id(), lesson.title(), row.symbol(), row.meaning()));
            }
        }
        assertThat(shown).allSatisfy(u -> assertThat(u.link()).isEqualTo("lessons/" + u.lessonId() + "#notation"));
    }

    @Test
    void sigmaStandsForSeveralThingsAcrossTheCourse() {
        CourseNotation.Group sigma = group("\\sigma");
        assertThat(sigma.lessons()).isGreaterThanOrEqualTo(5);
        assertThat(sigma.uses()).extracting(CourseNotation.Use::lessonId)
                .contains("forward-process", "langevin", "flow-matching", "sde-view", "maximum-likelihood");
        assertThat(notation.shared()).contains(sigma);
        assertThat(sigma.anchor()).isEqualTo("symbol-sigma");
    }

    @Test
    void timeIsGatheredFromTheLessonsThatRunItEitherWay() {
        Map<String, String> t = group("t").uses().stream()
                .collect(Collectors.toMap(CourseNotation.Use::lessonId, CourseNotation.Use::meaning, (a, b) -> a));
        assertThat(t).containsKeys("forward-process", "ddpm", "sde-view", "flow-matching");
        assertThat(t.get("flow-matching")).contains("$t = 0$");
    }

    @Test
    void anchorsAreUniqueAndMadeOfSafeCharacters() {
        List<String> anchors = notation.groups().stream().map(CourseNotation.Group::anchor).toList();
        assertThat(anchors).doesNotHaveDuplicates().allMatch(a -> a.matches("symbol-[A-Za-z0-9-]+"));
        assertThat(CourseNotation.anchor("\\bar\\alpha")).isEqualTo("symbol-bar-alpha");
        assertThat(CourseNotation.anchor("\\mathrm{SNR}")).isEqualTo("symbol-mathrm-SNR");
    }

    @Test
    void aSymbolHasAPlainTextFormForLinksThatScreenReadersRead() {
        assertThat(group("\\sigma").text()).isEqualTo("σ");
        assertThat(group("\\bar\\alpha").text()).isEqualTo("α\u0304");
        assertThat(group("\\hat x").text()).isEqualTo("x\u0302");
        assertThat(group("\\mathrm{SNR}").text()).isEqualTo("SNR");
        assertThat(group("\\nabla").text()).isEqualTo("∇");
        assertThat(group("t").text()).isEqualTo("t");
        assertThat(UnicodeSymbols.of("\\weird")).isEqualTo("weird");
        assertThat(notation.groups()).allSatisfy(g -> assertThat(g.text()).isNotBlank().doesNotContain("\\", "{"));
    }
}
