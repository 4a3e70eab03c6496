package org.diffusioncourse.demo;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * A demo's main control: a labelled native range input over the whole steps 0 .. max, marked
 * with {@code data-main-control} (a browser test focuses it and presses the arrow keys), with
 * the current value shown beside it. A step may stand for an index into a list of values (an
 * evaluation budget, a guidance weight). It reports a step only when it differs from the one
 * shown, so showing a value never loops back.
 */
public final class StepSlider extends Div {

    /**
     * The server hears of the slider once it has rested this long. The page does not wait for
     * that: each step's figure is fetched by URL at once (see {@link #link}) and brings its own
     * readout, text alternative and step text, which the page shows as the frame arrives
     * ({@code frontend/demo-figure.js}). What only the server knows follows when the slider
     * rests: the page's link, the learner's progress, tables beside the figure. A learner who
     * scrubs costs the server the frames it fetches, not a round trip per step.
     */
    public static final int REST_MS = 1200;

    private final RangeInput input = new RangeInput(ValueChangeMode.LAZY);
    private final Span value = new Span();
    private final int max;
    private int shown;
    private String valueText = "";

    /**
     * @param id        the input's id; the value text gets {@code id + "-value"}
     * @param label     the visible label, e.g. {@code "Fitting step k"}
     * @param max       the last step
     * @param ariaLabel what a screen reader announces, with the range
     * @param onStep    told every new step the learner picks
     */
    public StepSlider(String id, String label, int max, String ariaLabel, IntConsumer onStep) {
        this.max = max;
        input.setValueChangeTimeout(REST_MS);
        input.setId(id);
        input.setMin(0);
        input.setMax(max);
        input.setStep(1.0);
        input.setAriaLabel(ariaLabel);
        input.getElement().setAttribute("data-main-control", "");
        input.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                int step = (int) Math.round(Math.max(0, Math.min(max, e.getValue())));
                if (step != shown) {
                    onStep.accept(step);
                }
            }
        });
        NativeLabel text = new NativeLabel(label);
        text.setFor(input);
        value.setId(id + "-value");
        addClassName("slider-field");
        add(text, input, value);
    }

    /**
     * Says which link parameter the slider sets, so a figure can fetch its next frame without
     * waiting for the server ({@code frontend/demo-figure.js}); {@code values}, when not empty,
     * is the text of that parameter at each step.
     */
    public StepSlider link(String key, java.util.List<String> values) {
        input.getElement().setAttribute("data-param", key);
        if (!values.isEmpty()) {
            if (values.size() != max + 1 || values.stream().anyMatch(v -> v.contains(","))) {
                throw new IllegalArgumentException("values must hold one text without commas per step 0.." + max
                        + ", had " + values.size());
            }
            input.getElement().setAttribute("data-values", String.join(",", values));
        }
        return this;
    }

    /** Shows {@code step}, with {@code valueText} (e.g. {@code "k = 5"}) beside it, without reporting it. */
    public void show(int step, String valueText) {
        Objects.requireNonNull(valueText, "valueText");
        shown = step;
        input.setValue((double) step);
        value.setText(valueText);
        this.valueText = valueText;
    }

    /** The text shown beside the slider. */
    public String valueText() {
        return valueText;
    }
}
