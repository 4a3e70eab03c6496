package org.diffusioncourse.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.diffusioncourse.simulation.learn.ShippedModel;
import org.diffusioncourse.simulation.learn.TrainingConfig;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;

/** The lab's "Field" choice in the page: the networks offered, a network beside the exact field, the refusals. */
@CourseTest
class LabNetworkViewTest extends SpringBrowserlessTest {

    private SamplerLabView open(Map<String, String> query) {
        UI.getCurrent().navigate("lab", QueryParameters.simple(query));
        return $(SamplerLabView.class).single();
    }

    private void awaitRun(SamplerLabView view) {
        try {
            view.task().last().handle((r, e) -> null).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the run did not finish", e);
        }
        roundTrip();
    }

    private String figure(String key) {
        return $(Div.class).id("lab-figure-" + key).getElement().getProperty("innerHTML", "");
    }

    @SuppressWarnings("unchecked")
    private Select<String> select(String id) {
        return $(Select.class).id(id);
    }

    private String status() {
        return $(Paragraph.class).id("lab-status").getText();
    }

    @Test
    void choosingAShippedNetworkShowsItBesideTheExactFieldWithTheModelError() {
        SamplerLabView view = open(Map.of("n", "500", "steps", "20"));
        awaitRun(view);
        Select<String> field = select("lab-model");
        assertThat(field.getValue()).isEqualTo("exact");
        assertThat(field.getListDataView().getItems().toList())
                .containsExactly("exact", "two-moons-eps", "two-moons-guided", "two-moons-16", "two-moons-128");
        assertThat($(Paragraph.class).withId("lab-model-error").exists()).as("model error shown").isFalse();

        field.setValue("two-moons-eps");
        assertThat(view.settings().model()).isEqualTo("two-moons-eps");
        assertThat($(Select.class).withId("lab-compare").exists()).as("comparison offered").isFalse();
        test($(Button.class).id("lab-run")).click();
        awaitRun(view);
        assertThat(figure("a")).contains("DDIM on ddpm-linear · 20 steps · η = 0 · network two-moons-eps");
        assertThat(figure("b")).contains("DDIM on ddpm-linear · 20 steps · η = 0 · exact score");
        assertThat($(Paragraph.class).id("lab-model-error").getText())
                .startsWith("Energy distance to the target: ").contains("with the network two-moons-eps")
                .contains("Model error, the part the network adds: ");
    }

    @Test
    void aProcessTheNetworkDoesNotFitTakesTheFieldBackToTheExactScore() {
        SamplerLabView view = open(Map.of("model", "two-moons-eps", "n", "300"));
        awaitRun(view);
        select("lab-process").setValue("vp-sde");
        assertThat(view.settings().model()).isEqualTo("exact");
        assertThat(select("lab-model").getListDataView().getItems().toList()).containsExactly("exact", "two-moons-score");
        assertThat(select("lab-compare").isVisible()).isTrue();
    }

    @Test
    void theNetworkJustTrainedIsOfferedAndBringsItsTargetAndProcess() {
        VaadinSession.getCurrent().setAttribute(TrainingConfig.class, ShippedModel.TWO_MOONS_VELOCITY.config());
        SamplerLabView view = open(Map.of("n", "300"));
        awaitRun(view);
        Select<String> field = select("lab-model");
        assertThat(field.getListDataView().getItems().toList()).endsWith("trained");
        field.setValue("trained");
        assertThat(view.settings().process()).isEqualTo("condot");
        assertThat(view.settings().sampler()).isEqualTo("flow-euler");
        test($(Button.class).id("lab-run")).click();
        awaitRun(view);
        assertThat(figure("a")).contains("Flow Euler on condot · 100 steps · network you trained");
        assertThat(figure("b")).contains("exact score");
    }

    @Test
    void aTrainedNetworkTheServerNoLongerKeepsIsRefusedOnTheFieldAndNothingRuns() {
        VaadinSession.getCurrent().setAttribute(TrainingConfig.class, TrainingConfig.defaults().withSeed(424_242L));
        SamplerLabView view = open(Map.of("n", "300"));
        awaitRun(view);
        String before = figure("a");
        select("lab-model").setValue("trained");
        test($(Button.class).id("lab-run")).click();
        assertThat(view.task().isRunning()).isFalse();
        assertThat(select("lab-model").isInvalid()).isTrue();
        assertThat(select("lab-model").getErrorMessage()).startsWith("the network you trained (two-moons, ddpm-linear, "
                + "eps, width 64, 3000 steps, seed 424242) is no longer kept by the server");
        assertThat(status()).startsWith("Nothing was run: the network you trained");
        assertThat(figure("a")).isEqualTo(before);
    }

    @Test
    void anUnknownNetworkInTheLinkIsListedAndTheExactFieldUsed() {
        SamplerLabView view = open(Map.of("model", "<b>big</b>"));
        awaitRun(view);
        assertThat($(Div.class).id("lab-problems").getElement().getTextRecursively())
                .contains("model must be one of exact, two-moons-eps,").contains("; was \"<b>big</b>\"");
        assertThat(view.settings().model()).isEqualTo("exact");
    }
}
