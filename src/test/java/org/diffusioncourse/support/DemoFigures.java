package org.diffusioncourse.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import org.diffusioncourse.demo.Demo;
import org.diffusioncourse.demo.DemoFigure;

/**
 * A demo's figures as its widget holds them, shown or hidden (a browserless query sees only the
 * shown ones), and the check every ported demo owes: its settings survive the link, and each
 * figure the widget shows first is the one the figure URL serves for that link.
 */
public final class DemoFigures {

    private DemoFigures() {
    }

    /** The figures of {@code widget}, in the order the page shows them. */
    public static List<DemoFigure> all(Component widget) {
        return widget.getChildren().filter(DemoFigure.class::isInstance).map(DemoFigure.class::cast).toList();
    }

    /** The figure {@code name} of {@code widget}, shown or hidden. */
    public static DemoFigure named(Component widget, String name) {
        return all(widget).stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    /** The frame that went into the page with the widget, before any was fetched by URL. */
    public static String firstFrame(DemoFigure figure) {
        return figure.getElement().getChild(0).getProperty("svg");
    }

    /**
     * Checks that {@code settings} read back from their own link, and that every figure a widget
     * opened on that link shows first is byte for byte the one served for the link; returns the widget.
     */
    public static <S> Component assertLinkRoundTrip(Demo<S, ?, ?> demo, S settings) {
        Map<String, String> link = demo.params().write(settings);
        assertThat(demo.params().read(link).settings()).isEqualTo(settings);
        Component widget = demo.create(link, Map.of(), moved -> { });
        for (DemoFigure figure : all(widget)) {
            if (figure.isVisible()) {
                assertThat(firstFrame(figure)).as(figure.name()).isEqualTo(demo.figure(figure.name(), link));
            }
        }
        return widget;
    }
}
