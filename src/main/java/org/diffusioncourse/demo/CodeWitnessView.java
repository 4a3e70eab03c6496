package org.diffusioncourse.demo;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.diffusioncourse.simulation.ForwardProcess;
import org.diffusioncourse.simulation.NoiseSchedule;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.TraceRow;

/**
 * Shows a code witness: the real source region of a simulation method, where it lives, and
 * for the forward trace the numbers that method prints for a fixed seed.
 */
final class CodeWitnessView extends Div {

    /** The seed of the printed trace; fixed so the lesson's numbers never change. */
    static final long TRACE_SEED = 2020;

    CodeWitnessView(CodeWitness witness) {
        addClassName("code-witness");
        Paragraph caption = new Paragraph("From " + witness.location() + " (" + witness.file() + "), the code that runs the demo:");
        caption.addClassName("code-caption");
        Pre code = new Pre(witness.code());
        code.addClassName("code-block");
        code.getElement().setAttribute("tabindex", "0");
        code.getElement().setAttribute("aria-label", "Java source of " + witness.id());
        add(caption, code);
        if (witness.id().equals("forward-trace")) {
            add(traceTable());
        }
    }

    private Div traceTable() {
        NoiseSchedule schedule = NoiseSchedule.named("linear", 1000);
        List<TraceRow> rows = ForwardProcess.of(schedule).trace(Seeds.generator(TRACE_SEED));
        NativeTable table = new NativeTable();
        table.addClassName("numbers");
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow header = new NativeTableRow();
        for (String title : List.of("t", "ᾱ_t", "noise std", "x_t[0]", "x_t[1]")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(title);
            cell.getElement().setAttribute("scope", "col");
            header.add(cell);
        }
        head.add(header);
        NativeTableBody body = new NativeTableBody();
        for (TraceRow row : rows) {
            NativeTableRow tr = new NativeTableRow();
            tr.add(new NativeTableCell(Integer.toString(row.t())),
                    new NativeTableCell(String.format(Locale.ROOT, "%.6f", row.alphaBar())),
                    new NativeTableCell(String.format(Locale.ROOT, "%.4f", row.noiseStd())),
                    new NativeTableCell(String.format(Locale.ROOT, "%.3f", row.x())),
                    new NativeTableCell(String.format(Locale.ROOT, "%.3f", row.y())));
            body.add(tr);
        }
        table.add(head, body);
        Paragraph note = new Paragraph(new Span("Output of the method above for x_0 = (1, -1), linear schedule, seed "
                + TRACE_SEED + ", computed when this page was drawn."));
        note.addClassName("code-caption");
        Div block = new Div(note, table);
        block.setId("forward-trace-numbers");
        return block;
    }
}
