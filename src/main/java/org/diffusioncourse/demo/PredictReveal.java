package org.diffusioncourse.demo;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;

/**
 * A demo's "predict, then reveal" box: the question, the choices, a reveal button that wakes up
 * once a choice is made and locks it, and a verdict line announced to screen readers. Ids are
 * {@code PREFIX-prediction}, {@code PREFIX-reveal} and {@code PREFIX-verdict}.
 */
public final class PredictReveal<T> extends Div {

    private final RadioButtonGroup<T> prediction = new RadioButtonGroup<>();
    private final Button reveal = new Button("Reveal the answer");
    private final Paragraph verdict = new Paragraph();
    private boolean revealed;

    /** @param onReveal run after the choice is locked, to show the answer */
    public PredictReveal(String prefix, String question, List<T> choices, ItemLabelGenerator<T> labels, Runnable onReveal) {
        prediction.setLabel("My prediction");
        prediction.setItems(choices);
        prediction.setItemLabelGenerator(labels);
        prediction.setId(prefix + "-prediction");
        prediction.addValueChangeListener(e -> reveal.setEnabled(e.getValue() != null && !revealed));
        reveal.setId(prefix + "-reveal");
        reveal.addThemeVariants(ButtonVariant.PRIMARY);
        reveal.setEnabled(false);
        reveal.addClickListener(e -> {
            revealed = true;
            reveal.setEnabled(false);
            prediction.setReadOnly(true);
            onReveal.run();
        });
        verdict.setId(prefix + "-verdict");
        verdict.getElement().setAttribute("aria-live", "polite");
        addClassName("predict-block");
        add(new H3("Predict, then reveal"), new Paragraph(question), prediction, reveal, verdict);
    }

    /** Whether the answer has been revealed for the current question. */
    public boolean revealed() {
        return revealed;
    }

    /** The committed choice (null before one is made). */
    public T guess() {
        return prediction.getValue();
    }

    /** A new question: the previous answer no longer applies. */
    public void reset() {
        revealed = false;
        prediction.setReadOnly(false);
        prediction.clear();
        reveal.setEnabled(false);
        verdict.setText("");
    }

    public void verdict(String text) {
        verdict.setText(text);
    }
}
