package org.diffusioncourse.demo.catalog;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import java.util.List;

/**
 * Shows a code witness: the real source region of a simulation method, where it lives, and
 * what its demo adds under it (the forward trace prints its numbers for a fixed seed).
 */
final class CodeWitnessView extends Div {

    CodeWitnessView(CodeWitness witness, List<com.vaadin.flow.component.Component> extras) {
        addClassName("code-witness");
        Paragraph caption = new Paragraph("From " + witness.location() + " (" + witness.file() + "), the code that runs the demo:");
        caption.addClassName("code-caption");
        Pre code = new Pre(witness.code());
        code.addClassName("code-block");
        code.getElement().setAttribute("tabindex", "0");
        code.getElement().setAttribute("aria-label", "Java source of " + witness.id());
        add(caption, code);
        extras.forEach(this::add);
    }
}
