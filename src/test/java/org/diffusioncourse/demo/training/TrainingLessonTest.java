package org.diffusioncourse.demo.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.diffusioncourse.base.ShutdownGate;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.DemoWidget;
import org.diffusioncourse.lesson.ui.LessonView;
import org.diffusioncourse.simulation.learn.ModelLibrary;
import org.diffusioncourse.support.CourseTest;
import org.diffusioncourse.support.DemoFigures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The training lesson in the page, without a browser: the shipped default, bad links, a live run, keeping. */
@CourseTest
class TrainingLessonTest extends SpringBrowserlessTest {

    private static final String LESSON = "lessons/training";

    @Test
    void theDefaultStateShowsTheShippedNetworkWithoutTraining() {
        navigate(LESSON, LessonView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Training a denoiser");
        assertThat($(Section.class).all()).extracting(s -> s.getId().orElse(""))
                .containsExactly("intuition", "math", "code", "demo", "source-grounding", "practice", "research-room");
        assertThat(widget().settings()).isEqualTo(TrainingSettings.DEFAULTS);
        assertThat($(Button.class).withId("training-train").exists()).as("a visible Train button: nothing to train").isFalse();
        for (String name : new String[] {"field", "preview", "loss", "samples", "memorise"}) {
            DemoFigure figure = DemoFigures.named(widget(), name);
            assertThat(figure.src()).as(name).startsWith("api/v1/figures/training/" + name + ".svg?dataset=two-moons");
            assertThat(figure.svg()).as(name).startsWith("<svg");
            assertThat(figure.text()).as(name).isNotBlank();
        }
    }

    @Test
    void theNoiseLevelMovesOnlyTheFiguresThatDependOnIt() {
        navigate(LESSON, LessonView.class);
        Map<String, String> before = new java.util.HashMap<>();
        for (String name : new String[] {"field", "preview", "loss", "samples", "memorise"}) {
            before.put(name, DemoFigures.named(widget(), name).src());
        }
        $(com.vaadin.flow.component.html.RangeInput.class).id("training-level").setValue(70.0);
        assertThat(DemoFigures.named(widget(), "field").src()).contains("level=70").isNotEqualTo(before.get("field"));
        assertThat(DemoFigures.named(widget(), "preview").src()).contains("level=70");
        for (String name : new String[] {"loss", "samples", "memorise"}) {
            DemoFigure figure = DemoFigures.named(widget(), name);
            assertThat(figure.src()).as(name + " keeps its frame").isEqualTo(before.get(name));
            assertThat(figure.getElement().getChildren().findFirst().orElseThrow().getAttribute("data-follow"))
                    .as(name).isEqualTo("off");
        }
    }

    @Test
    void badLinkValuesAreListedAndTheDefaultsShown() {
        UI.getCurrent().navigate(LESSON, QueryParameters.simple(Map.of("width", "48", "target", "noise", "lr", "1")));
        String text = widget().getElement().getTextRecursively();
        assertThat(text).contains("width must be one of 32, 64, 128, 256; was \"48\"")
                .contains("target must be one of eps, x0, v, score; was \"noise\"")
                .contains("lr must be between");
        assertThat(widget().settings()).isEqualTo(TrainingSettings.DEFAULTS);
    }

    /** The run itself, its pushed progress and its end are driven in Chromium (TrainingInBrowserTest). */
    @Test
    void aChangedRunStartsTrainingAtOnceAndCancelKeepsTheLastNetwork() {
        navigate(LESSON, LessonView.class);
        String before = DemoFigures.named(widget(), "loss").src();
        test($(TextField.class).id("training-steps")).setValue("6000");
        Paragraph status = $(Paragraph.class).id("training-status");
        assertThat(status.getElement().getAttribute("data-state")).isIn("running", "waiting");
        assertThat(status.getText()).contains("6000 steps")
                .contains("the figures below show the network trained with two-moons, ddpm-linear, eps (ddpm-simple), width 64 × 3, 3000 steps");
        assertThat(DemoFigures.named(widget(), "loss").src()).as("the last finished network").isEqualTo(before);

        test($(Button.class).id("training-cancel")).click();
        assertThat(status.getElement().getAttribute("data-state")).isEqualTo("cancelled");
        assertThat(status.getText()).startsWith("Cancelled.");
        assertThat($(Button.class).id("training-train").isVisible()).as("the run can be started again").isTrue();
        assertThat(ModelLibrary.shared().holds(TrainingSettings.PARAMS.read(Map.of("steps", "6000")).settings().config()))
                .as("a cancelled run is not kept as the network of its settings").isFalse();
    }

    @Autowired
    ShutdownGate gate;

    @Test
    void whileTheServerShutsDownAChangedRunDoesNotStartAndTheLearnerIsToldWhy() {
        navigate(LESSON, LessonView.class);
        String before = DemoFigures.named(widget(), "loss").src();
        gate.close();
        try {
            test($(TextField.class).id("training-steps")).setValue("5900");
            Paragraph status = $(Paragraph.class).id("training-status");
            assertThat(status.getElement().getAttribute("data-state")).as(status.getText()).isEqualTo("refused");
            assertThat(status.getText()).startsWith("Training did not start: the server is shutting down; nothing new was started.");
            assertThat($(Button.class).id("training-train").isVisible()).as("Train, for after the restart").isTrue();
            assertThat(DemoFigures.named(widget(), "loss").src()).as("the last finished network").isEqualTo(before);
        } finally {
            gate.start();
        }
    }

    @Test
    void anAnonymousLearnerIsToldToSignInToKeepANetwork() {
        navigate(LESSON, LessonView.class);
        test($(Button.class).id("training-keep")).click();
        assertThat($(Paragraph.class).id("training-keep-status").getText()).startsWith("Sign in to keep");
    }

    private DemoWidget<?, ?> widget() {
        return $(DemoWidget.class).single();
    }
}
