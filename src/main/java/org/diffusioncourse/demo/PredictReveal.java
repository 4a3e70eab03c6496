package org.diffusioncourse.demo;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Objects;

/**
 * The "predict, then reveal" block of a demo: a question, the learner's choice, a button that
 * stays disabled until a choice is made, and a verdict line announced to screen readers. After
 * the reveal the choice is locked until {@link #reset()} (a new question). Ids are
 * {@code PREFIX-prediction}, {@code PREFIX-reveal} and {@code PREFIX-verdict}.
 */
public final class PredictReveal<T> extends Div {

    private final RadioButtonGroup<T> prediction = new RadioButtonGroup<>();
    private final Button reveal;
    private final Paragraph verdict = new Paragraph();
    private boolean revealed;

    /** With the button "Reveal the answer". */
    public PredictReveal(String prefix, String question, List<T> choices, ItemLabelGenerator<T> labels, Runnable onReveal) {
        this(prefix, question, choices, labels, "Reveal the answer", onReveal);
    }

    /**
     * @param onReveal called once the learner reveals, to redraw what the answer unlocks
     */
    public PredictReveal(String prefix, String question, List<T> choices, ItemLabelGenerator<T> labels,
                         String buttonText, Runnable onReveal) {
        this(prefix, question, "My prediction", buttonText, choices, labels, onReveal);
    }

    /** With its own label on the choices. */
    public PredictReveal(String prefix, String question, String choiceLabel, String buttonText, List<T> choices,
                         ItemLabelGenerator<T> labels, Runnable onReveal) {
        reveal = new Button(buttonText);
        prediction.setLabel(choiceLabel);
        prediction.setId(prefix + "-prediction");
        prediction.setItems(choices);
        prediction.setItemLabelGenerator(labels);
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

    /**
     * The first words of a verdict: {@code "Your prediction, X, is right. "} or
     * {@code "You predicted X; SOURCE says Y. "}, naming each choice with {@code name}.
     *
     * @param source who knows the answer, e.g. "the simulation"
     */
    public String judge(T truth, String source, java.util.function.Function<? super T, String> name) {
        T guess = prediction();
        return Objects.equals(guess, truth) ? "Your prediction, " + name.apply(guess) + ", is right. "
                : "You predicted " + name.apply(guess) + "; " + source + " says " + name.apply(truth) + ". ";
    }

    /** {@link #judge(Object, String, java.util.function.Function)} naming each choice by its text. */
    public String judge(T truth, String source) {
        return judge(truth, source, String::valueOf);
    }

    /** The learner's choice (null before one is made). */
    public T prediction() {
        return prediction.getValue();
    }

    /** A new question: unlock and clear the choice and the verdict. */
    public void reset() {
        revealed = false;
        prediction.setReadOnly(false);
        prediction.clear();
        reveal.setEnabled(false);
        verdict.setText("");
    }

    /** The verdict line, shown only after the reveal. */
    public void showVerdict(String text) {
        verdict.setText(revealed ? text : "");
    }
}
