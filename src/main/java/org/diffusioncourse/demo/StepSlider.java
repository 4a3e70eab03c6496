package org.diffusioncourse.demo;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.IntConsumer;

/**
 * A demo's main control: a labelled native range input over the whole steps 0 .. max, marked
 * with {@code data-main-control} (a browser test focuses it and presses the arrow keys), with
 * the current value shown beside it. A step may stand for an index into a list of values (an
 * evaluation budget, a guidance weight). It reports a step only when it differs from the one
 * shown, so showing a value never loops back.
 */
public final class StepSlider extends Div {

    private final RangeInput input = new RangeInput(ValueChangeMode.EAGER);
    private final Span value = new Span();
    private int shown;

    /**
     * @param id        the input's id; the value text gets {@code id + "-value"}
     * @param label     the visible label, e.g. {@code "Fitting step k"}
     * @param max       the last step
     * @param ariaLabel what a screen reader announces, with the range
     * @param onStep    told every new step the learner picks
     */
    public StepSlider(String id, String label, int max, String ariaLabel, IntConsumer onStep) {
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

    /** Shows {@code step}, with {@code valueText} (e.g. {@code "k = 5"}) beside it, without reporting it. */
    public void show(int step, String valueText) {
        shown = step;
        input.setValue((double) step);
        value.setText(valueText);
    }
}
