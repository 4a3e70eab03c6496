package org.diffusioncourse.demo.coupled;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * The controls both coupled demos have besides the main step slider: a target picker, a seed
 * field and labelled sliders. Listeners compare with the current value instead of asking where
 * an event came from, so showing the settings on a control never loops.
 */
public final class CoupledControls {

    private CoupledControls() {
    }

    /** A target picker with id {@code PREFIX-dataset}; {@code onPick} hears only real changes. */
    public static Select<String> dataset(String prefix, List<String> ids, Supplier<String> current, Consumer<String> onPick) {
        Select<String> select = DemoParts.choice("Target", ids, current, onPick);
        select.setId(prefix + "-dataset");
        select.setItemLabelGenerator(id -> ToyDataset.byId(id).label());
        return select;
    }

    /**
     * A seed field with id {@code PREFIX-seed}. {@code apply} takes the typed text and returns
     * what is wrong with it (empty when it was applied); a wrong value is shown on the field.
     */
    public static TextField seed(String prefix, Supplier<Long> current, Function<String, List<String>> apply) {
        return DemoParts.parameterField(prefix + "-seed", "Seed",
                "A whole number ≥ 0; it fixes the start noise and the SDE's noise", () -> Long.toString(current.get()),
                apply);
    }

    /**
     * A range input from 0 to {@code max} with a visible label and a value readout
     * ({@code ID-value}), reporting each new value, clamped, to {@code onValue}.
     */
    public static Div slider(RangeInput input, String id, double max, double step, String label, String ariaLabel,
            Span value, Consumer<Double> onValue) {
        input.setId(id);
        input.setMin(0);
        input.setMax(max);
        input.setStep(step);
        input.setAriaLabel(ariaLabel);
        input.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                onValue.accept(Math.max(0, Math.min(max, e.getValue())));
            }
        });
        value.setId(id + "-value");
        return DemoParts.slider(label, input, value);
    }
}
