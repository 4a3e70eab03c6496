package org.diffusioncourse.lab;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.diffusioncourse.base.Reading;
import org.diffusioncourse.render.ErrorPlot;
import org.diffusioncourse.simulation.check.InvalidParameter;
import org.diffusioncourse.simulation.learn.TrainingConfig;
import org.jspecify.annotations.Nullable;

/**
 * The sampler lab: choose a target, a process and a sampler (and a second one to compare),
 * run them on the same seed, and see the samples over the target's density contours with
 * their metrics; then measure error against steps. The settings live in the URL, so a link
 * reproduces the run. Work runs on the {@link LabExecutor}; see {@link TaskPanel}.
 *
 * <p>A trained network can stand in for the exact field ({@link LabModels}): a shipped one, or the
 * one the learner trained last, which the training demo leaves in the session as its
 * {@link TrainingConfig} ({@code VaadinSession#setAttribute(TrainingConfig.class, config)}). The
 * network's samples are then shown beside the exact field's from the same noise, with the
 * model error: the network's energy distance to the target less the exact field's.
 */
@Route("lab")
@Menu(title = "Sampler lab", order = 10)
@PageTitle("Sampler lab · Diffusion course")
@AnonymousAllowed
public class SamplerLabView extends Div implements BeforeEnterObserver {

    private final LabCaches caches;
    private final LabControls controls;
    private final TaskPanel task;
    private final Div problems = new Div();
    private final ResultColumn first = new ResultColumn("a");
    private final ResultColumn second = new ResultColumn("b");
    private final Div errorFigure = new Div();
    private final Paragraph errorText = new Paragraph();
    private final Paragraph errorName = new Paragraph();
    private final Paragraph modelError = new Paragraph();

    public SamplerLabView(LabExecutor executor, LabCaches caches) {
        this.caches = caches;
        addClassName("lab-page");
        task = new TaskPanel(executor);
        controls = new LabControls(LabSettings.DEFAULTS, this::updateUrl, SamplerLabView::trained);
        Button run = new Button("Run", e -> runSamples());
        run.setId("lab-run");
        run.addThemeVariants(ButtonVariant.PRIMARY);
        Button sweep = new Button("Measure error against steps", e -> runSweep());
        sweep.setId("lab-sweep");
        Div actions = new Div(run, sweep);
        actions.addClassName("lab-actions");

        problems.setId("lab-problems");
        Div columns = new Div(first, second);
        columns.addClassName("lab-columns");
        modelError.setId("lab-model-error");
        modelError.setVisible(false);
        second.setVisible(false);
        errorFigure.setId("lab-error-figure");
        errorFigure.addClassName("figure");
        errorText.setId("lab-error-text");
        errorText.addClassName("figure-text");
        errorFigure.getElement().setAttribute("aria-describedby", "lab-error-text");
        errorName.setId("lab-error-name");

        add(new H1("Sampler lab"), new Paragraph("Draw samples from a toy target with any sampler of the course, "
                + "see them over the target's exact density, compare two samplers on the same noise, and measure "
                + "how the error falls as the steps grow. Every number is computed on the server from the exact "
                + "mixture score, or from a trained network beside it."), problems, controls, actions, task,
                section("lab-samples", "Samples", columns, modelError),
                section("lab-error", "Error against steps", new Paragraph("Each chosen sampler runs at "
                        + "5, 10, 20, 50, 100 and 200 steps from the same start (at most " + ErrorSweep.MAX_PARTICLES
                        + " particles; ddpm only at its 1000 steps). For ODE solvers the error is the RMS distance of "
                        + "the end points to an adaptive Dormand–Prince solution of the same ODE (tolerance 1e-9); "
                        + "for any stochastic sampler it is the energy distance to fresh target draws, which "
                        + "levels off at its Monte Carlo floor."), errorName, errorFigure, errorText));
    }

    private static Section section(String id, String title, Component... body) {
        Section s = new Section();
        s.setId(id);
        H2 h = new H2(title);
        h.setId(id + "-heading");
        s.getElement().setAttribute("aria-labelledby", h.getId().orElseThrow());
        s.add(h);
        s.add(body);
        return s;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, String> query = new HashMap<>();
        event.getLocation().getQueryParameters().getParameters()
                .forEach((k, v) -> query.put(k, v.isEmpty() ? "" : v.getFirst()));
        Reading<LabSettings> reading = LabSettings.read(query, LabSettings.DEFAULTS);
        controls.set(reading.settings());
        showProblems(reading.problems());
        runSamples();
    }

    private void showProblems(List<String> list) {
        problems.removeAll();
        if (!list.isEmpty()) {
            problems.addClassName("problem-box");
            problems.getElement().setAttribute("role", "alert");
            UnorderedList ul = new UnorderedList();
            list.forEach(p -> ul.add(new ListItem(p)));
            problems.add(new Paragraph("Some values in this link could not be used, so their defaults are shown:"), ul);
        } else {
            problems.removeClassName("problem-box");
        }
    }

    /** Runs the chosen samplers unless an input is wrong; the wrong input says why. */
    void runSamples() {
        LabPlan plan = plan();
        if (plan != null) {
            task.start("Sampling", (progress, cancelled) -> LabWork.samples(plan, caches, progress, cancelled),
                    this::showSamples);
        }
    }

    void runSweep() {
        LabPlan plan = plan();
        if (plan != null) {
            task.start("Measuring error against steps", (progress, cancelled) -> ErrorSweep.run(plan, progress, cancelled),
                    this::showSweep);
        }
    }

    private @Nullable LabPlan plan() {
        if (!controls.valid()) {
            task.say("Nothing was run: correct the marked fields first.", "failed");
            return null;
        }
        try {
            return LabPlan.of(controls.settings(), trained());
        } catch (InvalidParameter e) {
            if (!controls.showProblem(e.parameter(), e.getMessage())) {
                showProblems(List.of(e.getMessage()));
            }
            task.say("Nothing was run: " + e.getMessage(), "failed");
            return null;
        }
    }

    private void showSamples(LabWork.Result result) {
        first.show(result.columns().getFirst(), result.targetLogDensity());
        second.setVisible(result.columns().size() > 1);
        if (result.columns().size() > 1) {
            second.show(result.columns().get(1), result.targetLogDensity());
        }
        modelError.setVisible(result.plan().learned());
        if (result.plan().learned()) {
            double total = result.columns().get(0).metrics().energyDistance();
            double sampler = result.columns().get(1).metrics().energyDistance();
            modelError.setText(String.format(Locale.ROOT, "Energy distance to the target: %.4f with the %s, %.4f with "
                    + "the exact score (the sampler's own error). Model error, the part the network adds: %.4f.", total,
                    result.columns().get(0).plan().field(), sampler, total - sampler));
        }
    }

    private void showSweep(ErrorSweep.Result result) {
        errorName.setText("Error measured: " + result.errorName() + ", over " + result.particles() + " particles.");
        errorFigure.getElement().setProperty("innerHTML", result.svg());
        errorText.setText(ErrorPlot.describe(result.errorName(), result.series()));
    }

    private void updateUrl(LabSettings settings) {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("lab", QueryParameters.simple(settings.toQuery()))));
    }

    /** The configuration the learner trained last in this session (left there by the training demo), or null. */
    private static @Nullable TrainingConfig trained() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getAttribute(TrainingConfig.class);
    }

    /** The controls' current settings. */
    LabSettings settings() {
        return controls.settings();
    }

    TaskPanel task() {
        return task;
    }
}
