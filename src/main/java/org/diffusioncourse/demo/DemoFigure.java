package org.diffusioncourse.demo;

import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.function.Supplier;

/**
 * A demo figure on the page: the SVG (in a {@code <demo-figure>} element that fetches each new
 * frame by URL, see {@code frontend/demo-figure.js}), a live readout line and the visible text
 * alternative the figure is described by. Ids are {@code PREFIX-figure}, {@code PREFIX-readout}
 * and {@code PREFIX-figure-text}.
 *
 * <p>The first frame goes into the page with the widget; every later frame travels as one GET
 * of its URL, which a slider step starts in the browser without waiting for the server's round
 * trip. The server's answer then brings the readout and the text alternative.
 */
@JsModule("./demo-figure.js")
public final class DemoFigure extends Div {

    private final String name;
    private final Element figure = new Element("demo-figure");
    private final Paragraph readout = new Paragraph();
    private final Paragraph description = new Paragraph();
    private Supplier<String> svg = () -> "";
    private boolean drawn;

    /**
     * @param prefix the id prefix
     * @param name   the demo's figure this shows ({@link Demo#figureNames()})
     */
    public DemoFigure(String prefix, String name) {
        this.name = name;
        figure.setAttribute("id", prefix + "-figure");
        figure.getClassList().add("figure");
        figure.setAttribute("role", "img");
        figure.setAttribute("aria-describedby", prefix + "-figure-text");
        readout.setId(prefix + "-readout");
        readout.addClassName("readout");
        readout.getElement().setAttribute("aria-live", "polite");
        description.setId(prefix + "-figure-text");
        description.addClassName("figure-text");
        addClassName("figure-block");
        getElement().appendChild(figure);
        add(readout, description);
    }

    /**
     * @param src     where the page fetches this frame ({@link Demo#figureUrl})
     * @param svg     the same frame drawn here, used for the first frame (and by tests)
     * @param label   a short name for the figure, read first
     * @param text    the text alternative, computed from the figure's data
     * @param numbers the readout line (may be empty)
     */
    public void show(String src, Supplier<String> svg, String label, String text, String numbers) {
        this.svg = svg;
        if (!drawn) {
            figure.setProperty("svg", svg.get());
            drawn = true;
        }
        figure.setAttribute("src", src);
        figure.setAttribute("aria-label", label);
        description.setText(text);
        readout.setText(numbers);
    }

    /** The demo's figure this shows. */
    public String name() {
        return name;
    }

    /** The URL of the frame shown. */
    public String src() {
        return figure.getAttribute("src");
    }

    /** The SVG of the frame shown, as the page has it once the URL is fetched. */
    public String svg() {
        return svg.get();
    }

    /** The short name a screen reader reads first. */
    public String label() {
        return figure.getAttribute("aria-label");
    }

    /** The text alternative. */
    public String text() {
        return description.getText();
    }

    /** The readout line. */
    public String readout() {
        return readout.getText();
    }
}
