package org.diffusioncourse.demo.landscape;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.diffusioncourse.render.ConsistencyFigure;
import org.diffusioncourse.render.DensityContours;
import org.diffusioncourse.simulation.ConsistencyScene;

/**
 * Small multiples of the consistency map at t = 1, 0.2, 0.1, 0.05 and delta: the points move along
 * their ODE trajectories while their images under the exact map stay where they are. The moments
 * crowd towards delta because on the VP path the points hardly move before t = 0.3.
 */
final class ConsistencyStoryboard extends Div {

    static final int[] MOMENTS = {100, 20, 10, 5, 0};

    ConsistencyStoryboard(ConsistencyScenes cache, ConsistencySettings settings) {
        ConsistencyScene scene = cache.scene(settings);
        DensityContours contours = cache.contours(settings.dataset());
        String id = "consistency-storyboard-" + settings.dataset();
        addClassName("storyboard");
        Div figure = new Div();
        figure.addClassName("figure");
        figure.getElement().setAttribute("role", "img");
        figure.getElement().setAttribute("aria-label", "Storyboard of the consistency map");
        figure.getElement().setProperty("innerHTML", ConsistencyFigure.storyboard(id + "-svg", scene, contours, MOMENTS));
        Paragraph text = new Paragraph(ConsistencyFigure.describeStoryboard(scene, contours, MOMENTS));
        text.addClassName("figure-text");
        text.setId(id + "-text");
        figure.getElement().setAttribute("aria-describedby", id + "-text");
        add(figure, text);
    }
}
