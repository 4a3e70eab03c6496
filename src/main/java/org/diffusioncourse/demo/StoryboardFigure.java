package org.diffusioncourse.demo;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A storyboard as a lesson shows it: the SVG small multiples (from a renderer, never user text)
 * announced as one image, and the visible text alternative it is described by.
 */
public final class StoryboardFigure extends Div {

    /**
     * @param svg    the renderer's SVG
     * @param label  a short name for the image
     * @param text   the text alternative, computed from the same data
     * @param textId a page-unique id for the text
     */
    public StoryboardFigure(String svg, String label, String text, String textId) {
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
