package org.diffusioncourse.demo;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.diffusioncourse.simulation.process.ForwardProcess;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.demo.forward.TraceRow;

/**
 * Shows a code witness: the real source region of a simulation method, where it lives, and
 * for the forward trace the numbers that method prints for a fixed seed.
 */
public final class CodeWitnessView extends Div {

    /** The seed of the printed trace; fixed so the lesson's numbers never change. */
    static final long TRACE_SEED = 2020;

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

    public static Div traceTable() {
        NoiseSchedule schedule = NoiseSchedule.named("linear", 1000);
        List<TraceRow> rows = ForwardProcess.of(schedule).trace(Seeds.generator(TRACE_SEED));
        List<List<String>> cells = rows.stream().map(row -> List.of(Integer.toString(row.t()),
                String.format(Locale.ROOT, "%.6f", row.alphaBar()), String.format(Locale.ROOT, "%.4f", row.noiseStd()),
                String.format(Locale.ROOT, "%.3f", row.x()), String.format(Locale.ROOT, "%.3f", row.y()))).toList();
        NativeTable table = DemoParts.numbers(List.of("t", "ᾱ_t", "noise std", "x_t[0]", "x_t[1]"), cells);
        Paragraph note = new Paragraph(new Span("Output of the method above for x_0 = (1, -1), linear schedule, seed "
                + TRACE_SEED + ", computed when this page was drawn."));
        note.addClassName("code-caption");
        Div block = new Div(note, table);
        block.setId("forward-trace-numbers");
        return block;
    }
}
