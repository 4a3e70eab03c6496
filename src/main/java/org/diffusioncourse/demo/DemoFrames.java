package org.diffusioncourse.demo;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.IntConsumer;

/** The frame and the main slider that the lesson demos set up the same way. */
public final class DemoFrames {

    private DemoFrames() {
    }

    /**
     * Marks {@code demo} as a labelled group with class {@code demo} and id {@code demo-ID}, and
     * lists the link values that could not be used.
     */
    public static void frame(Div demo, String id, String label, List<String> linkProblems) {
        demo.addClassName("demo");
        demo.setId("demo-" + id);
        demo.getElement().setAttribute("role", "group");
        demo.getElement().setAttribute("aria-label", label);
        if (!linkProblems.isEmpty()) {
            demo.add(DemoParts.problemList("Some values in this link could not be used, so their defaults are shown:",
                    linkProblems));
        }
    }

    /**
     * Sets up {@code slider} as the demo's main control over the positions 0 .. count - 1 of a
     * list of values (marked {@code data-main-control}), and returns it with its label and the
     * span that shows the current value. {@code onIndex} is told every position the slider reports.
     */
    public static Div indexSlider(RangeInput slider, String id, String labelText, String ariaLabel, int count,
                                  Span value, IntConsumer onIndex) {
        slider.setId(id);
        slider.setMin(0);
        slider.setMax(count - 1);
        slider.setStep(1.0);
        slider.setAriaLabel(ariaLabel);
        slider.getElement().setAttribute("data-main-control", "");
        slider.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                onIndex.accept((int) Math.round(Math.max(0, Math.min(count - 1, e.getValue()))));
            }
        });
        NativeLabel label = new NativeLabel(labelText);
        label.setFor(slider);
        value.setId(id + "-value");
        Div field = new Div(label, slider, value);
        field.addClassName("slider-field");
        return field;
    }
}
