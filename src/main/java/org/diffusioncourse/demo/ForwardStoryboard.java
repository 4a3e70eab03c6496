package org.diffusioncourse.demo;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.diffusioncourse.render.ForwardFigure;
import org.diffusioncourse.simulation.ForwardScene;

/**
 * Small multiples of the forward process at five moments, t = 0, T/4, T/2, 3T/4 and T,
 * drawn before the lesson explains them.
 */
final class ForwardStoryboard extends Div {

    ForwardStoryboard(SceneCache cache, ForwardSettings settings) {
        ForwardScene scene = cache.scene(settings);
        int steps = scene.steps();
        int[] moments = {0, steps / 4, steps / 2, 3 * steps / 4, steps};
        addClassName("storyboard");
        Div figure = new Div();
        figure.addClassName("figure");
        figure.getElement().setAttribute("role", "img");
        figure.getElement().setAttribute("aria-label", "Storyboard of the forward process");
        figure.getElement().setProperty("innerHTML", ForwardFigure.storyboard(scene, moments));
        Paragraph text = new Paragraph(ForwardFigure.describeStoryboard(scene, moments));
        text.addClassName("figure-text");
        text.setId("storyboard-text-" + settings.dataset() + "-" + settings.schedule());
        figure.getElement().setAttribute("aria-describedby", text.getId().orElseThrow());
        add(figure, text);
    }
}
