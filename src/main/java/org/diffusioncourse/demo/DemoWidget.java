package org.diffusioncourse.demo;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.diffusioncourse.base.Reading;
import org.diffusioncourse.simulation.CrossingBand;
import org.jspecify.annotations.Nullable;

/**
 * The one shape of a demo on the page. It owns the cycle every demo shares: a control changes
 * one typed parameter, the new settings are shown on every control, the scene is looked up, the
 * figures are drawn, the page's link follows, and a change of anything but the main control is a
 * new question, which resets the prediction. A subclass says only what differs: in its
 * constructor it adds its controls ({@link #choice}, {@link #field}, {@link #slider}), its
 * figures and its prediction, then calls {@link #start}; {@link #draw} shows a scene.
 *
 * <p>Control ids are {@code PREFIX-KEY} (for example {@code forward-t}), the stage's id is
 * {@code demo-DEMOID}.
 *
 * @param <S> the settings record
 * @param <V> the scene
 */
public abstract class DemoWidget<S, V> extends Div {

    private final Demo<S, ?, V> demo;
    private final String prefix;
    private final Consumer<S> onChange;
    private final Div controls = new Div();
    private final List<Runnable> showOnControls = new ArrayList<>();
    private final Set<String> steady = new HashSet<>();
    private @Nullable Param<S, ?> main;
    private @Nullable PredictReveal<?> predict;
    private S settings;

    /**
     * @param prefix       the id prefix of the controls and figures
     * @param label        what the stage is called for screen readers, e.g. "Forward noising demo"
     * @param linkProblems what could not be used from the page's link, listed first
     * @param onChange     told every new setting, to keep the page's link in step
     */
    protected DemoWidget(Demo<S, ?, V> demo, String prefix, String label, S initial, List<String> linkProblems,
            Consumer<S> onChange) {
        this.demo = demo;
        this.prefix = prefix;
        this.onChange = onChange;
        this.settings = initial;
        DemoParts.stage(this, demo.id(), label, linkProblems);
        controls.addClassName("demo-controls");
    }

    /** Draws {@code scene} for {@code settings}: the figures, their readouts and the verdict once revealed. */
    protected abstract void draw(V scene, S settings, boolean revealed);

    /** A drop-down over a choice parameter, with id {@code PREFIX-KEY}. */
    protected final <T> Select<T> choice(Param.Choice<S, T> param, String label, ItemLabelGenerator<T> labels) {
        Select<T> select = DemoParts.choice(label, param.values(), () -> param.get(settings),
                value -> update(param.with(settings, value)));
        select.setId(prefix + "-" + param.key());
        select.setItemLabelGenerator(labels);
        showOnControls.add(() -> select.setValue(param.get(settings)));
        controls.add(select);
        return select;
    }

    /**
     * A text field for a number or a seed, with id {@code PREFIX-KEY}, read when the learner
     * leaves it or presses Enter; a wrong value is shown on the field and changes nothing.
     */
    protected final TextField field(Param<S, ?> param, String label, String helper) {
        TextField field = DemoParts.parameterField(prefix + "-" + param.key(), label, helper, () -> param.text(settings),
                text -> {
                    Reading<S> reading = param.apply(settings, text);
                    if (reading.ok()) {
                        update(reading.settings());
                    }
                    return reading.problems();
                });
        showOnControls.add(() -> {
            field.setValue(param.text(settings));
            field.setInvalid(false);
        });
        controls.add(field);
        return field;
    }

    /**
     * The main control: a slider over a whole-number parameter from 0 to its largest value,
     * with id {@code PREFIX-KEY}; the demo's {@link Demo#stepText} is shown beside it (e.g. "t = 250").
     */
    protected final StepSlider slider(Param.Whole<S> param, String label, String ariaLabel) {
        StepSlider slider = new StepSlider(prefix + "-" + param.key(), label, param.max(settings), ariaLabel,
                step -> update(param.with(settings, step))).link(param.key(), List.of());
        return main(param, slider, () -> slider.show(param.get(settings), demo.stepText(settings)));
    }

    /** The main control as a slider over the values of a choice parameter (a list of weights, of budgets). */
    protected final <T> StepSlider slider(Param.Choice<S, T> param, String label, String ariaLabel) {
        StepSlider slider = new StepSlider(prefix + "-" + param.key(), label, param.values().size() - 1, ariaLabel,
                index -> update(param.with(settings, param.values().get(index)))).link(param.key(), param.ids());
        return main(param, slider, () -> slider.show(param.indexIn(settings), demo.stepText(settings)));
    }

    private StepSlider main(Param<S, ?> param, StepSlider slider, Runnable show) {
        if (main != null) {
            throw new IllegalStateException("a demo has one main control; it is already " + main.key());
        }
        main = param;
        showOnControls.add(show);
        controls.add(slider);
        return slider;
    }

    /** Another control the subclass builds itself; {@code show} puts the current settings on it. */
    protected final void control(Component component, Runnable show) {
        showOnControls.add(show);
        controls.add(component);
    }

    /** The "predict, then reveal" block; revealing redraws, and a new question resets it. */
    protected final <T> PredictReveal<T> predict(String question, String choiceLabel, String buttonText, List<T> choices,
            ItemLabelGenerator<T> labels) {
        PredictReveal<T> block = new PredictReveal<>(prefix, question, choiceLabel, buttonText, choices, labels,
                this::redraw);
        predict = block;
        return block;
    }

    /** The prediction of a step's band (early, middle or late), each labelled as given. */
    protected final PredictReveal<CrossingBand> predictBand(String question, String buttonText, String early,
            String middle, String late) {
        return predict(question, "My prediction", buttonText, List.of(CrossingBand.values()), band -> switch (band) {
            case EARLY -> early;
            case MIDDLE -> middle;
            case LATE -> late;
        });
    }

    /**
     * A figure that does not depend on the main control (the training demo's loss curve beside its
     * noise-level slider): its frame is drawn and linked with the main control at its default, so
     * its URL, and the frame in the page, stay the same while the control moves, and the page
     * fetches only the figures that change ({@code data-follow="off"}).
     */
    protected final DemoFigure steadyFigure(String name) {
        DemoFigure figure = figure(name);
        figure.ignoreMainControl();
        steady.add(name);
        return figure;
    }

    /** A figure with ids {@code PREFIX-figure}... ({@code name} "figure") or {@code PREFIX-NAME-figure}... */
    protected final DemoFigure figure(String name) {
        if (!demo.figureNames().contains(name)) {
            throw new IllegalArgumentException("figure must be one of " + demo.figureNames() + "; was " + name);
        }
        return new DemoFigure(name.equals("figure") ? prefix : prefix + "-" + name, name);
    }

    /**
     * Shows the current settings' frame on {@code figure}, with the label, text alternative and
     * readout of the demo's caption for it (the same words the frame carries inside its SVG).
     */
    protected final void show(DemoFigure figure) {
        String name = figure.name();
        S now = steady.contains(name) && main != null ? atDefault(main, settings) : settings;
        boolean revealed = revealed();
        DrawnFrame frame = demo.frame(name, now, revealed);
        figure.data(demo.dataUrl(name, now, revealed).orElse(""), demo.apiUrl(name, now).orElse(""));
        figure.show(demo.figureUrl(name, now, revealed), frame);
    }

    /**
     * Shows {@code figure} only once the learner has revealed the answer (a figure that is the
     * answer, such as the error against NFE or the measures against severity), hidden before.
     */
    protected final void showOnceRevealed(DemoFigure figure) {
        boolean revealed = revealed();
        figure.setVisible(revealed);
        if (revealed) {
            show(figure);
        }
    }

    /** Adds the controls, then {@code parts} (figures, the prediction, tables), and draws the first frame. */
    protected final void start(Component... parts) {
        add(controls);
        add(parts);
        showControls();
        redraw();
    }

    /** The settings shown now. */
    public final S settings() {
        return settings;
    }

    /** Whether the learner has revealed the answer of the current question. */
    protected final boolean revealed() {
        return predict != null && predict.revealed();
    }

    /** Applies new settings from any control. */
    protected final void update(S next) {
        if (predict != null && !demo.params().sameExcept(next, settings, main)) {
            predict.reset();
        }
        settings = next;
        showControls();
        redraw();
        onChange.accept(settings);
    }

    /** {@code settings} with {@code param} at its default value. */
    private <T> S atDefault(Param<S, T> param, S settings) {
        return param.with(settings, param.get(demo.params().defaults()));
    }

    private void showControls() {
        showOnControls.forEach(Runnable::run);
    }

    private void redraw() {
        if (ready(settings)) {
            draw(demo.scene(settings), settings, revealed());
        } else {
            prepare(settings);
        }
    }

    /**
     * Whether the scene of {@code settings} can be had at once. A demo whose scenes take seconds
     * (a network to train) says no for a scene nobody has computed yet, and is then asked to
     * {@link #prepare} it off the request thread instead of being drawn.
     */
    protected boolean ready(S settings) {
        return true;
    }

    /** Starts computing the scene of {@code settings} in the background; {@link #refresh} draws it when it is there. */
    protected void prepare(S settings) {
        throw new IllegalStateException(demo.id() + " said a scene is not ready but does not prepare it");
    }

    /** Draws the current settings again, for a scene that has become ready. */
    protected final void refresh() {
        redraw();
    }

    /** The demo this widget shows. */
    protected final Demo<S, ?, V> demo() {
        return demo;
    }
}
