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
 * A demo's "predict, then reveal" box: the learner picks an answer, and only then can reveal
 * what the simulation says. Ids are {@code PREFIX-prediction}, {@code PREFIX-reveal} and
 * {@code PREFIX-verdict}.
 *
 * @param <T> the kind of answer
 */
public final class PredictReveal<T> extends Div {

    private final RadioButtonGroup<T> prediction = new RadioButtonGroup<>();
    private final Button reveal;
    private final Paragraph verdict = new Paragraph();
    private boolean revealed;

    /**
     * @param onReveal called once the learner reveals; the demo redraws and calls {@link #verdict}
     */
    public PredictReveal(String prefix, String question, String choiceLabel, String buttonText, List<T> choices,
                         ItemLabelGenerator<T> labels, Runnable onReveal) {
        reveal = new Button(buttonText);
        prediction.setLabel(choiceLabel);
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

    public boolean revealed() {
        return revealed;
    }

    /** The committed answer (set whenever {@link #revealed()} is true). */
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
