package org.diffusioncourse.lab;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.Locale;
import org.diffusioncourse.simulation.metrics.SampleMetrics;

/** One sampler's result: its figure, the figure's text alternative and a table of metrics. */
final class ResultColumn extends Div {

    private final String key;
    private final H3 heading = new H3();
    private final Div figure = new Div();
    private final Paragraph description = new Paragraph();
    private final Div metrics = new Div();

    /** @param key {@code "a"} or {@code "b"}, for element ids */
    ResultColumn(String key) {
        this.key = key;
        addClassName("lab-column");
        setId("lab-column-" + key);
        figure.setId("lab-figure-" + key);
        figure.addClassName("figure");
        description.setId("lab-figure-text-" + key);
        description.addClassName("figure-text");
        figure.getElement().setAttribute("aria-describedby", description.getId().orElseThrow());
        metrics.setId("lab-metrics-" + key);
        add(heading, figure, description, metrics);
    }

    void show(LabWork.Column c, double targetLogDensity) {
        heading.setText(c.plan().title());
        figure.getElement().setProperty("innerHTML", c.svg());
        description.setText(c.description());
        metrics.getElement().removeAllChildren();
        metrics.getElement().appendChild(table(c.metrics(), targetLogDensity));
    }

    /** The figure's SVG as last shown. */
    String svg() {
        return figure.getElement().getProperty("innerHTML", "");
    }

    private Element table(SampleMetrics m, double targetLogDensity) {
        Element table = new Element("table");
        table.getClassList().add("numbers");
        table.getClassList().add("lab-metrics");
        Element caption = new Element("caption");
        caption.setText("Metrics against the exact target");
        table.appendChild(caption);
        int covered = 0;
        for (int k = 0; k < m.modeWeights().length; k++) {
            if (m.modeFractions()[k] >= 0.5 * m.modeWeights()[k]) {
                covered++;
            }
        }
        row(table, "NFE per particle", Long.toString(m.nfe()), "field evaluations");
        row(table, "Mean log-density", fixed(m.meanLogDensity(), 3), "target's own draws: " + fixed(targetLogDensity, 3));
        row(table, "Energy distance", fixed(m.energyDistance(), 4), "0 when the laws agree");
        row(table, "Mode coverage", covered + " of " + m.modeWeights().length,
                "components holding at least half their weight; total variation " + fixed(m.modeTotalVariation(), 3));
        row(table, "Mean error", fixed(m.meanError(), 4), "|sample mean − exact mean|");
        row(table, "Covariance error", fixed(m.covarianceError(), 4), "Frobenius norm");
        return table;
    }

    private void row(Element table, String name, String value, String note) {
        Element tr = new Element("tr");
        Element th = new Element("th");
        th.setAttribute("scope", "row");
        th.setText(name);
        Element td = new Element("td");
        td.setText(value);
        td.setAttribute("data-metric", name.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + key);
        Element small = new Element("td");
        small.getClassList().add("lab-note");
        small.setText(note);
        tr.appendChild(th, td, small);
        table.appendChild(tr);
    }

    private static String fixed(double v, int dp) {
        return String.format(Locale.ROOT, "%." + dp + "f", v);
    }
}
