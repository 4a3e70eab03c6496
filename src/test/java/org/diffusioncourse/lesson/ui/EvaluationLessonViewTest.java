package org.diffusioncourse.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.diffusioncourse.demo.DemoWidget;
import org.diffusioncourse.demo.evaluation.EvaluationSettings;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.evaluation.FailureMode;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;

/** The evaluation lesson as a learner opens it: every section, the memorisation storyboard, the engine's source, the demo in its authored state. */
@CourseTest
class EvaluationLessonViewTest extends SpringBrowserlessTest {

    private static final String LESSON = "lessons/evaluation";

    @Test
    void theLessonShowsEverySectionAndTheMemorisationStoryboard() {
        navigate(LESSON, LessonView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Evaluating samples");
        assertThat($(Section.class).all()).extracting(s -> s.getId().orElse(""))
                .containsExactly("intuition", "math", "code", "demo", "source-grounding", "practice", "research-room");
        assertThat($(Paragraph.class).id("storyboard-text-model-evaluation-two-moons-memorisation").getText())
                .contains("severity 0").contains("severity 6");
    }

    @Test
    void theCodeSectionShowsTheEnginesDivergenceFrechetAndNearestNeighbourSource() {
        navigate(LESSON, LessonView.class);
        String code = $(Section.class).id("code").getElement().getTextRecursively();
        assertThat(code).contains("FlowLikelihood.java, lines").contains("SampleDistances.java, lines")
                .contains("PrecisionRecall.java, lines").contains("private void derivative(double t");
    }

    @Test
    void theDemoStartsWhereTheLessonPlacesIt() {
        navigate(LESSON, LessonView.class);
        assertThat($(DemoWidget.class).single().settings())
                .isEqualTo(new EvaluationSettings(ToyDataset.TWO_MOONS, FailureMode.LANGEVIN_STEP, 3, 1));
    }
}
