package org.diffusioncourse.demo.likelihood;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.diffusioncourse.render.LikelihoodFigure;
import org.diffusioncourse.simulation.LikelihoodScene;

/** Small multiples of the fit at steps 0, 1, 3, 8 and 40, drawn before the lesson explains them. */
final class LikelihoodStoryboard extends Div {

    static final int[] MOMENTS = {0, 1, 3, 8, 40};

    LikelihoodStoryboard(LikelihoodScene scene) {
        addClassName("storyboard");
        Div figure = new Div();
        figure.addClassName("figure");
        figure.getElement().setAttribute("role", "img");
        figure.getElement().setAttribute("aria-label", "Storyboard of the maximum-likelihood fit");
        figure.getElement().setProperty("innerHTML", LikelihoodFigure.storyboard(scene, MOMENTS));
        Paragraph text = new Paragraph(LikelihoodFigure.describeStoryboard(scene, MOMENTS));
        text.addClassName("figure-text");
        text.setId("storyboard-text-likelihood-" + scene.seed() + "-" + scene.size());
        figure.getElement().setAttribute("aria-describedby", text.getId().orElseThrow());
        add(figure, text);
    }
}
