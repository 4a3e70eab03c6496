package org.diffusioncourse.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.diffusioncourse.base.ShutdownGate;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CourseTest
class SamplerLabViewTest extends SpringBrowserlessTest {

    private SamplerLabView open(Map<String, String> query) {
        UI.getCurrent().navigate("lab", QueryParameters.simple(query));
        return $(SamplerLabView.class).single();
    }

    /** Waits for the worker, then lets its queued UI updates run, as push would. */
    private void awaitRun(SamplerLabView view) {
        CompletableFuture<?> last = view.task().last();
        try {
            last.handle((r, e) -> null).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the run did not finish", e);
        }
        roundTrip();
    }

    private String figure(String key) {
        return $(Div.class).id("lab-figure-" + key).getElement().getProperty("innerHTML", "");
    }

    private String text(String id) {
        return $(Div.class).id(id).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private Select<String> select(String id) {
        return $(Select.class).id(id);
    }

    @Test
    void thePageRunsTheDefaultsAndShowsTheSamplesTheirMetricsAndNfe() {
        SamplerLabView view = open(Map.of());
        awaitRun(view);
        assertThat(figure("a")).startsWith("<svg").contains("DDIM on ddpm-linear · 50 steps · η = 0");
        String metrics = text("lab-metrics-a");
        assertThat(metrics).contains("NFE per particle").contains("Mean log-density").contains("Energy distance")
                .contains("Mode coverage").contains("Mean error").contains("Covariance error");
        assertThat(metricValue("nfe-per-particle-a")).isEqualTo("50");
        assertThat($(Paragraph.class).id("lab-figure-text-a").getText()).startsWith("2000 samples from DDIM");
        assertThat($(Paragraph.class).id("lab-status").getText()).startsWith("Sampling finished in");
        assertThat($(Div.class).withId("lab-column-b").exists()).as("second column shown").isFalse();
    }

    private String metricValue(String name) {
        return $(Div.class).id("lab-metrics-" + name.substring(name.length() - 1)).getElement().getChild(0)
                .getChildren().filter(tr -> tr.getChildCount() == 3 && name.equals(tr.getChild(1).getAttribute("data-metric")))
                .map(tr -> tr.getChild(1).getText()).findFirst().orElse("?");
    }

    @Test
    void choosingAProcessOffersOnlyTheSamplersThatRunOnIt() {
        SamplerLabView view = open(Map.of());
        awaitRun(view);
        Select<String> sampler = select("lab-sampler");
        select("lab-process").setValue("condot");
        assertThat(sampler.getListDataView().getItems().toList()).containsExactly("flow-euler", "flow-heun", "flow-sde");
        assertThat(view.settings().sampler()).isEqualTo("flow-euler");
        assertThat(view.settings().steps()).isEqualTo(100);
        select("lab-process").setValue("none");
        assertThat(sampler.getListDataView().getItems().toList()).containsExactly("langevin", "annealed-langevin");
        assertThat($(TextField.class).id("lab-step-size").isVisible()).isTrue();
        assertThat($(TextField.class).withId("lab-eta").exists()).as("eta shown").isFalse();
        sampler.setValue("annealed-langevin");
        assertThat(view.settings().stepSize()).isEqualTo(0.002);
        test($(Button.class).id("lab-run")).click();
        awaitRun(view);
        assertThat(figure("a")).contains("Annealed Langevin · 1000 steps · h = 0.002");
    }

    @Test
    void wrongValuesAreShownOnTheirFieldsAndNothingRuns() {
        SamplerLabView view = open(Map.of());
        awaitRun(view);
        String before = figure("a");
        TextField steps = $(TextField.class).id("lab-steps");
        test(steps).setValue("many");
        assertThat(steps.isInvalid()).isTrue();
        assertThat(steps.getErrorMessage()).isEqualTo("steps must be a whole number between 1 and 5000, was \"many\"");
        TextField eta = $(TextField.class).id("lab-eta");
        test(eta).setValue("NaN");
        assertThat(eta.getErrorMessage()).isEqualTo("eta must be between 0.0 and 1.0, was NaN");
        test($(Button.class).id("lab-run")).click();
        assertThat(view.task().isRunning()).isFalse();
        assertThat($(Paragraph.class).id("lab-status").getText()).isEqualTo("Nothing was run: correct the marked fields first.");
        assertThat(figure("a")).isEqualTo(before);

        test(steps).setValue("50");
        test(eta).setValue("0.5");
        assertThat(steps.isInvalid()).isFalse();
        assertThat(view.settings().eta()).isEqualTo(0.5);
    }

    @Test
    void aWrongValueInAFieldThatNoLongerAppliesDoesNotBlockARun() {
        SamplerLabView view = open(Map.of());
        awaitRun(view);
        test($(TextField.class).id("lab-eta")).setValue("2");
        select("lab-process").setValue("vp-sde");
        test($(Button.class).id("lab-run")).click();
        assertThat(view.task().isRunning()).isTrue();
        awaitRun(view);
        assertThat(figure("a")).contains("Reverse SDE on vp-sde · 500 steps");
    }

    @Test
    void aRunAboveTheComputeBudgetIsRefusedOnTheFieldToChange() {
        SamplerLabView view = open(Map.of("target", "spiral", "sampler", "ddpm", "n", "20000"));
        TextField n = $(TextField.class).id("lab-n");
        assertThat(n.isInvalid()).isTrue();
        assertThat(n.getErrorMessage()).contains("above the budget").contains("lower n or steps");
        assertThat($(Paragraph.class).id("lab-status").getText()).startsWith("Nothing was run: the run would need");
        assertThat(view.task().isRunning()).isFalse();
    }

    @Test
    void aComparisonShowsTwoFiguresOnTheSameAxesFromTheSameSeed() {
        SamplerLabView view = open(Map.of("compare", "vp-sde/dpm-solver++2m", "steps", "20"));
        awaitRun(view);
        assertThat($(Div.class).id("lab-column-b").isVisible()).isTrue();
        assertThat(figure("a")).contains("id='sampler-a'").contains("DDIM on ddpm-linear · 20 steps");
        assertThat(figure("b")).contains("id='sampler-b'").contains("DPM-Solver++(2M) on vp-sde · 20 steps");
        assertThat(metricValue("nfe-per-particle-b")).isEqualTo("20");
    }

    @Test
    void theLinkHoldsTheStateAndReproducesTheSameFigureBytes() {
        Map<String, String> query = Map.ofEntries(Map.entry("target", "eight-gaussians"), Map.entry("process", "ve-sde"),
                Map.entry("sampler", "edm-heun"), Map.entry("compare", "none/langevin"), Map.entry("steps", "30"),
                Map.entry("seed", "17"), Map.entry("n", "600"), Map.entry("eta", "0"), Map.entry("sigma", "0.5"),
                Map.entry("stepSize", "0.05"), Map.entry("class", "3"), Map.entry("w", "2.5"));
        SamplerLabView view = open(query);
        awaitRun(view);
        LabSettings settings = view.settings();
        assertThat(settings.toQuery()).isEqualTo(query);
        String a = figure("a");
        String b = figure("b");
        assertThat(a).contains("guided to class 3 (w = 2.5)");

        SamplerLabView again = open(settings.toQuery());
        awaitRun(again);
        assertThat(again.settings()).isEqualTo(settings);
        assertThat(figure("a")).isEqualTo(a);
        assertThat(figure("b")).isEqualTo(b);
        assertThat(a).isEqualTo(LabWork.samples(LabPlan.of(settings), new LabCaches(), (f, note) -> { }, () -> false).columns().getFirst().svg());
    }

    @Test
    void badValuesInTheLinkAreListedAndTheDefaultsUsed() {
        SamplerLabView view = open(Map.of("target", "<script>", "sampler", "edm-heun", "seed", "-1", "class", "7"));
        awaitRun(view);
        assertThat(text("lab-problems")).contains("target must be one of two-moons")
                .contains("sampler must be one of ddpm, ddim; was \"edm-heun\"")
                .contains("seed must be between 0 and").contains("class must be one of [0, 1] for two-moons");
        assertThat(view.settings()).isEqualTo(LabSettings.DEFAULTS);
        assertThat(figure("a")).startsWith("<svg");
    }

    @Test
    void theErrorSweepPlotsErrorAgainstNfeAndSaysWhatTheErrorIs() {
        SamplerLabView view = open(Map.of("process", "condot", "sampler", "flow-euler", "compare", "condot/flow-heun",
                "n", "200"));
        awaitRun(view);
        test($(Button.class).id("lab-sweep")).click();
        awaitRun(view);
        assertThat($(Paragraph.class).id("lab-error-name").getText())
                .isEqualTo("Error measured: RMS distance to the adaptive reference ODE solution, over 200 particles.");
        assertThat($(Div.class).id("lab-error-figure").getElement().getProperty("innerHTML", ""))
                .startsWith("<svg").contains("error-plot-series-1");
        assertThat($(Paragraph.class).id("lab-error-text").getText()).contains("Flow Euler on condot (circles): NFE 5")
                .contains("Flow Heun on condot (squares): NFE 10");
    }

    @Test
    void aLongRunCanBeCancelledAndSaysSo() {
        SamplerLabView view = open(Map.of("sampler", "ddpm", "compare", "ddpm-cosine/ddpm", "n", "20000",
                "target", "two-blobs"));
        assertThat(view.task().isRunning()).isTrue();
        Button cancel = $(Button.class).id("lab-cancel");
        assertThat(cancel.isEnabled()).isTrue();
        test(cancel).click();
        Paragraph status = $(Paragraph.class).id("lab-status");
        assertThat(status.getText()).startsWith("Cancelled.");
        assertThat(status.getElement().getAttribute("data-state")).isEqualTo("cancelled");
        assertThat(view.task().isRunning()).isFalse();
        // The worker stops at its next check, well before the run would have finished.
        awaitRun(view);
        assertThat(view.task().last()).isCompletedExceptionally();
        assertThat(status.getText()).startsWith("Cancelled.");
        assertThat(figure("a")).isEmpty();
    }

    @Test
    void theFiguresSayWhatTheyShowInText() {
        SamplerLabView view = open(Map.of("n", "300"));
        awaitRun(view);
        assertThat($(Div.class).id("lab-figure-a").getElement().getAttribute("aria-describedby"))
                .isEqualTo("lab-figure-text-a");
        assertThat($(Paragraph.class).id("lab-figure-text-a").getText())
                .contains("Share of samples inside the contour holding 50.0% of the target");
        assertThat(List.of(view.settings().n())).containsExactly(300);
    }

    @Autowired
    ShutdownGate gate;

    @Test
    void whileTheServerShutsDownANewRunIsRefusedSayingSoAndTheFiguresStay() {
        SamplerLabView view = open(Map.of());
        awaitRun(view);
        String before = figure("a");
        gate.close();
        try {
            test($(Button.class).id("lab-run")).click();
            Paragraph status = $(Paragraph.class).id("lab-status");
            assertThat(status.getText()).startsWith("Sampling did not start: the server is shutting down; nothing new was started.");
            assertThat(status.getElement().getAttribute("data-state")).isEqualTo("refused");
            assertThat(view.task().isRunning()).isFalse();
            assertThat(figure("a")).isEqualTo(before);
        } finally {
            gate.start();
        }
    }
}
