package org.diffusioncourse.demo;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A storyboard as lessons show it: the small-multiples SVG and, below it, its visible text
 * alternative, linked by {@code aria-describedby}.
 */
public final class StoryboardBlock extends Div {

    /**
     * @param svg    SVG from a renderer in {@code render/} (never user text)
     * @param label  a short name for the figure
     * @param text   the text alternative, computed from the figure's data
     * @param textId a page-unique id for the text
     */
    public StoryboardBlock(String svg, String label, String text, String textId) {
        addClassName("storyboard");
        Div figure = new Div();
        figure.addClassName("figure");
        figure.getElement().setAttribute("role", "img");
        figure.getElement().setAttribute("aria-label", label);
        figure.getElement().setProperty("innerHTML", svg);
        Paragraph description = new Paragraph(text);
        description.addClassName("figure-text");
        description.setId(textId);
        figure.getElement().setAttribute("aria-describedby", textId);
        add(figure, description);
    }
}
