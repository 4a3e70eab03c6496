package org.diffusioncourse.demo.training;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.diffusioncourse.base.ShutdownGate;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.demo.DemoWidget;
import org.diffusioncourse.demo.PredictReveal;
import org.diffusioncourse.models.KeepModel;
import org.diffusioncourse.models.SavedModels;
import org.diffusioncourse.security.CurrentUser;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.learn.ModelLibrary;
import org.diffusioncourse.simulation.learn.TrainedModel;
import org.diffusioncourse.simulation.learn.TrainingConfig;
import org.diffusioncourse.simulation.sampler.SamplerKind;
import org.jspecify.annotations.Nullable;

/**
 * Train a small network on the server and hold it against the exact answer. A change to the run
 * (data, target, weighting, network, batch, steps, learning rate, training-set size, seed) starts
 * training at once, off the request thread: a progress bar, the loss curve pushed to the page as
 * it falls, and Cancel. Until the run ends the figures below keep showing the last network that
 * finished, and say so. The noise level (the main control), the sampler and the guidance class and
 * weight only look at the network and redraw at once.
 *
 * <p>A session trains one network at a time (a second tab is told so), and the server at most
 * {@link ModelLibrary#RUNS} (a learner who finds them taken waits, then is told so). The network
 * a learner just trained is remembered in the session for the sampler lab, and a signed-in
 * learner can keep the network shown on My models.
 */
final class TrainingWidget extends DemoWidget<TrainingSettings, TrainingScene> {

    private static final String ID = TrainingDemo.ID;

    /** What a session is training now, so a second tab does not start another run. */
    private static final class SessionRun {
        private @Nullable TrainingRun run;
    }

    private final ModelLibrary library = ModelLibrary.shared();
    private final DemoFigure loss = steadyFigure("loss");
    private final DemoFigure field = figure("field");
    private final DemoFigure preview = figure("preview");
    private final DemoFigure samples = steadyFigure("samples");
    private final DemoFigure memorise = steadyFigure("memorise");
    private final DemoParts.Figure live = new DemoParts.Figure(ID + "-live");
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Paragraph status = new Paragraph();
    private final Button train = new Button("Train");
    private final Button cancel = new Button("Cancel");
    private final Div progressRow = new Div();
    private final PredictReveal<String> predict;
    private final TextField keepName = new TextField("Name");
    private final Button keep = new Button("Keep this network");
    private final Paragraph keepStatus = new Paragraph();
    private @Nullable TrainingRun run;
    private @Nullable TrainingSettings shown;

    TrainingWidget(TrainingDemo demo, TrainingSettings initial, List<String> linkProblems,
            Consumer<TrainingSettings> onChange) {
        super(demo, ID, "Training a denoiser demo", initial, linkProblems, onChange);
        slider(TrainingSettings.LEVEL, "Noise level", "Noise level of the field and denoiser figures, from 0 (clean data) "
                + "to 100 (pure noise)");
        choice(TrainingSettings.DATASET, "Data set", ToyDataset::label);
        choice(TrainingSettings.PROCESS, "Process", p -> p.id());
        choice(TrainingSettings.TARGET, "Target", t -> t.id());
        choice(TrainingSettings.WEIGHTING, "Loss weighting", w -> w.id());
        choice(TrainingSettings.WIDTH, "Width", String::valueOf);
        choice(TrainingSettings.LAYERS_PARAM, "Hidden layers", String::valueOf);
        field(TrainingSettings.BATCH, "Batch size", "A whole number from 16 to 1024");
        field(TrainingSettings.STEPS, "Training steps", "From 100 up to what the compute budget allows for this network");
        field(TrainingSettings.LR, "Learning rate", "From 0.0001 to 0.05");
        field(TrainingSettings.N, "Training-set size", "From 8 to 65536 points");
        choice(TrainingSettings.CONDITIONAL, "Class-conditional", on -> on ? "on (label dropout 0.1)" : "off");
        field(TrainingSettings.SEED, "Seed", "A whole number ≥ 0; the same seed trains the same network, bit for bit");
        samplerChoice();
        classChoice();
        field(TrainingSettings.W, "Guidance weight w", "From 0 to 8; used when the network is class-conditional");
        predict = predict("After 3000 steps, how far above the exact loss floor (the smallest loss any predictor can "
                + "reach) will the training loss settle? Commit before you look at the floor.", "My prediction",
                "Reveal the gap", LossGap.BANDS, g -> g);
        // The main control's figures first (the field and the denoiser at the chosen level), then the run's.
        start(trainingPanel(), field, preview, loss, predict, samples, memorise, keepPanel());
    }

    private Div trainingPanel() {
        bar.setId(ID + "-progress");
        NativeLabel label = new NativeLabel("Training progress");
        label.setId(ID + "-progress-label");
        bar.getElement().setAttribute("aria-labelledby", ID + "-progress-label");
        status.setId(ID + "-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        train.setId(ID + "-train");
        train.addClickListener(e -> begin(settings()));
        cancel.setId(ID + "-cancel");
        cancel.addClickListener(e -> stop("Cancelled. The figures show the last network that finished training."));
        progressRow.add(label, bar, cancel);
        progressRow.addClassName("lab-progress-row");
        live.setVisible(false);
        Div panel = new Div(progressRow, train, status, live);
        panel.addClassName("lab-task");
        addDetachListener(e -> stop(""));
        idle();
        return panel;
    }

    /**
     * "Keep this network": the network the figures show, kept on My models under a name, for a
     * signed-in learner (the account's limits are enforced by the service, whose message is shown).
     */
    private Div keepPanel() {
        keepName.setId(ID + "-keep-name");
        keepName.setMaxLength(SavedModels.MAX_NAME);
        keep.setId(ID + "-keep");
        keepStatus.setId(ID + "-keep-status");
        keepStatus.getElement().setAttribute("role", "status");
        keepStatus.getElement().setAttribute("aria-live", "polite");
        keep.addClickListener(e -> {
            if (shown == null) {
                return;
            }
            TrainedModel model = library.trained(shown.config());
            // The widget is made by the demo catalog, not by Spring: it asks the UI's instantiator for the beans.
            Instantiator beans = VaadinService.getCurrent().getInstantiator();
            KeepModel.Outcome outcome = KeepModel.keep(beans.getOrCreate(SavedModels.class),
                    beans.getOrCreate(CurrentUser.class), keepName.getValue(), model);
            keepStatus.setText(outcome.message());
            keepStatus.getElement().setAttribute("data-state", outcome.kept() ? "kept" : "refused");
        });
        Div row = new Div(keepName, keep);
        row.addClassName("demo-controls");
        Div panel = new Div(row, keepStatus);
        panel.addClassName("keep-panel");
        return panel;
    }

    /** A drop-down of the samplers that fit the chosen process, with id {@code training-sampler}. */
    private void samplerChoice() {
        Select<SamplerKind> select = DemoParts.choice("Sampler", List.of(), () -> settings().sampler(),
                kind -> update(TrainingSettings.SAMPLER.with(settings(), kind)));
        select.setId(ID + "-" + TrainingSettings.SAMPLER.key());
        select.setItemLabelGenerator(SamplerKind::label);
        control(select, () -> {
            List<SamplerKind> fitting = TrainingSettings.SAMPLERS.stream()
                    .filter(k -> k.fits(settings().process().path())).toList();
            if (!fitting.equals(select.getListDataView().getItems().toList())) {
                select.setItems(fitting);
            }
            select.setValue(settings().sampler());
        });
    }

    /** A drop-down of the data set's classes for guided samples, with id {@code training-y}. */
    private void classChoice() {
        Select<Integer> select = DemoParts.choice("Class y", List.of(), () -> settings().y(),
                y -> update(TrainingSettings.Y.with(settings(), y)));
        select.setId(ID + "-" + TrainingSettings.Y.key());
        control(select, () -> {
            List<Integer> classes = IntStream.range(0, TrainingSettings.classes(settings().dataset())).boxed().toList();
            if (!classes.equals(select.getListDataView().getItems().toList())) {
                select.setItems(classes);
            }
            select.setValue(settings().y());
            select.setEnabled(settings().conditional());
        });
    }

    @Override
    protected boolean ready(TrainingSettings settings) {
        return library.holds(settings.config());
    }

    @Override
    protected void prepare(TrainingSettings settings) {
        if (run != null && run.config().equals(settings.config())) {
            return;
        }
        begin(settings);
    }

    @Override
    protected void draw(TrainingScene scene, TrainingSettings settings, boolean revealed) {
        if (shown == null || !shown.config().equals(settings.config())) {
            keepName.setValue(KeepModel.suggestedName(settings.config()));
            keepStatus.setText("");
        }
        shown = settings;
        if (run == null) {
            live.setVisible(false);
        }
        for (DemoFigure figure : List.of(field, preview, loss, samples, memorise)) {
            show(figure);
        }
        predict.showVerdict(revealed ? verdict(scene) : "");
    }

    /** Starts training the run of {@code settings}, in place of any run of this widget. */
    private void begin(TrainingSettings settings) {
        if (run != null) {
            run.cancel();
            run = null;
        }
        SessionRun session = sessionRun();
        if (session.run != null && !session.run.cancelled()) {
            say("You are already training a network in another tab or demo. Cancel it there, or wait for it to "
                    + "finish, then press Train.", "refused");
            train.setVisible(true);
            return;
        }
        if (stopping()) {
            say("Training did not start: " + ShutdownGate.MESSAGE + "." + stale(), "refused");
            train.setVisible(true);
            return;
        }
        TrainingConfig config = settings.config();
        UI ui = UI.getCurrent();
        bar.setValue(0);
        progressRow.setVisible(true);
        train.setVisible(false);
        live.setVisible(true);
        say("Training " + summary(config) + "…" + stale(), "running");
        TrainingRun started = TrainingRun.start(config, library, new TrainingRun.Listener() {
            @Override
            public void waiting() {
                ui.access(() -> ifCurrent(config, () -> say("Waiting for a free training slot: the server trains at most "
                        + ModelLibrary.RUNS + " networks at once.", "waiting")));
            }

            @Override
            public void progress(int done, double[] losses) {
                ui.access(() -> ifCurrent(config, () -> showProgress(config, done, losses)));
            }

            @Override
            public void finished(TrainedModel model) {
                ui.access(() -> ifCurrent(config, () -> {
                    end();
                    VaadinSession.getCurrent().setAttribute(TrainingConfig.class, config);
                    say(String.format(Locale.ROOT, "Trained %s: final loss %.4f after %d steps. The sampler lab can now "
                            + "use this network.", summary(config), model.finalLoss(), model.stepsDone()), "done");
                    refresh();
                }));
            }

            @Override
            public void cancelled() {
                ui.access(() -> ifCurrent(config, TrainingWidget.this::end));
            }

            @Override
            public void failed(String message) {
                ui.access(() -> ifCurrent(config, () -> {
                    end();
                    say("Training stopped: " + message + "." + stale(), "failed");
                    train.setVisible(true);
                }));
            }
        });
        run = started;
        session.run = started;
    }

    /** Whether this instance is shutting down and refuses new runs ({@link ShutdownGate}). */
    private static boolean stopping() {
        // The widget is made by the demo catalog, not by Spring: the UI's instantiator has the beans.
        VaadinService service = VaadinService.getCurrent();
        return service != null && service.getInstantiator().getOrCreate(ShutdownGate.class).closing();
    }

    private void showProgress(TrainingConfig config, int done, double[] losses) {
        bar.setValue((double) done / config.steps());
        double last = losses[done - 1];
        live.show(TrainingFigures.liveLoss(config, losses, done, TrainingScene.floor(config)), "Loss while training",
                String.format(Locale.ROOT, "The minibatch loss of the %d steps done so far, falling from %.3f to %.3f, "
                        + "against the exact loss floor.", done, losses[0], last),
                String.format(Locale.ROOT, "step %d of %d · loss %.4f", done, config.steps(), last));
        say(String.format(Locale.ROOT, "Training %s: step %d of %d.", summary(config), done, config.steps()) + stale(),
                "running");
    }

    /** Runs {@code action} only while the run of {@code config} is this widget's run. */
    private void ifCurrent(TrainingConfig config, Runnable action) {
        if (run != null && run.config().equals(config)) {
            action.run();
        }
    }

    /** Stops this widget's run, if any, saying {@code message}. */
    private void stop(String message) {
        if (run != null) {
            run.cancel();
            end();
            if (!message.isEmpty()) {
                say(message, "cancelled");
                train.setVisible(true);
            }
        }
    }

    private void end() {
        SessionRun session = sessionRun();
        if (session.run == run) {
            session.run = null;
        }
        run = null;
        idle();
    }

    private void idle() {
        progressRow.setVisible(false);
        train.setVisible(!ready(settings()));
    }

    private String stale() {
        return shown == null || shown.config().equals(settings().config()) ? ""
                : " Until it finishes, the figures below show the network trained with " + summary(shown.config()) + ".";
    }

    private void say(String text, String state) {
        status.setText(text);
        status.getElement().setAttribute("data-state", state);
    }

    private String verdict(TrainingScene scene) {
        String truth = LossGap.band(scene);
        return predict.judge(truth, "the run") + LossGap.sentence(scene);
    }

    private static SessionRun sessionRun() {
        VaadinSession session = VaadinSession.getCurrent();
        SessionRun run = session.getAttribute(SessionRun.class);
        if (run == null) {
            run = new SessionRun();
            session.setAttribute(SessionRun.class, run);
        }
        return run;
    }

    /** The run in words: "two-moons, ddpm-linear, eps, width 64 x 3, 3000 steps of 256, seed 1". */
    static String summary(TrainingConfig c) {
        return c.dataset().id() + ", " + c.process().id() + ", " + c.target().id() + " (" + c.weighting().id() + "), width "
                + c.width() + " × " + c.layers() + ", " + c.steps() + " steps of " + c.batch() + ", lr "
                + TextParams.format(c.learningRate()) + ", " + c.trainingSetSize() + " points"
                + (c.classConditional() ? ", class-conditional" : "") + ", seed " + c.seed();
    }
}
