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
 * A "predict, then reveal" block for a demo: the learner picks one of a few answers, and only
 * then can reveal what the simulation says. Ids are {@code PREFIX-prediction},
 * {@code PREFIX-reveal} and {@code PREFIX-verdict}. The demo decides what a new question is
 * ({@link #reset}) and writes the verdict from its own numbers ({@link #showVerdict}).
 */
public final class PredictReveal<T> extends Div {

    private final RadioButtonGroup<T> prediction = new RadioButtonGroup<>();
    private final Button reveal = new Button("Reveal the answer");
    private final Paragraph verdict = new Paragraph();
    private boolean revealed;

    /**
     * @param question the prompt, asking for a commitment
     * @param onReveal called after the learner reveals, to redraw what depends on it
     */
    public PredictReveal(String prefix, String question, List<T> choices, ItemLabelGenerator<T> labels,
            Runnable onReveal) {
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

    /** Whether the learner has revealed the answer to the current question. */
    public boolean revealed() {
        return revealed;
    }

    /** The committed prediction (only meaningful once revealed). */
    public T guess() {
        return prediction.getValue();
    }

    /** A new question: the previous prediction and answer no longer apply. */
    public void reset() {
        revealed = false;
        prediction.setReadOnly(false);
        prediction.clear();
        reveal.setEnabled(false);
        verdict.setText("");
    }

    public void showVerdict(String text) {
        verdict.setText(text);
    }
}
