package org.diffusioncourse.demo;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * Pieces every demo shows the same way: a list of problems, a figure with its text
 * alternative and readout, and a small table of numbers.
 */
public final class DemoParts {

    private DemoParts() {
    }

    /** A box announced to screen readers that lists what could not be used. */
    public static Div problemList(String heading, List<String> problems) {
        Div box = new Div();
        box.addClassName("problem-box");
        box.getElement().setAttribute("role", "alert");
        UnorderedList list = new UnorderedList();
        problems.forEach(p -> list.add(new ListItem(p)));
        box.add(new Paragraph(heading), list);
        return box;
    }

    /** A table with column headers; every cell is plain text. */
    public static NativeTable numbers(List<String> headers, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.addClassName("numbers");
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow header = new NativeTableRow();
        for (String title : headers) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(title);
            cell.getElement().setAttribute("scope", "col");
            header.add(cell);
        }
        head.add(header);
        NativeTableBody body = new NativeTableBody();
        for (List<String> row : rows) {
            NativeTableRow tr = new NativeTableRow();
            row.forEach(value -> tr.add(new NativeTableCell(value)));
            body.add(tr);
        }
        table.add(head, body);
        return table;
    }

    /**
     * A server-drawn SVG figure with a visible text alternative (linked by
     * {@code aria-describedby}) and a live readout line. Ids are {@code PREFIX-figure},
     * {@code PREFIX-figure-text} and {@code PREFIX-readout}.
     */
    public static final class Figure extends Div {

        private final Div svg = new Div();
        private final Paragraph description = new Paragraph();
        private final Paragraph readout = new Paragraph();

        public Figure(String prefix) {
            svg.setId(prefix + "-figure");
            svg.addClassName("figure");
            svg.getElement().setAttribute("role", "img");
            description.setId(prefix + "-figure-text");
            description.addClassName("figure-text");
            svg.getElement().setAttribute("aria-describedby", prefix + "-figure-text");
            readout.setId(prefix + "-readout");
            readout.addClassName("readout");
            readout.getElement().setAttribute("aria-live", "polite");
            addClassName("figure-block");
            add(svg, readout, description);
        }

        /**
         * @param svgMarkup the SVG from a renderer in {@code render/} (never user text)
         * @param label     a short name for the figure, read first
         * @param text      the text alternative, computed from the figure's data
         * @param numbers   the readout line (may be empty)
         */
        public void show(String svgMarkup, String label, String text, String numbers) {
            svg.getElement().setProperty("innerHTML", svgMarkup);
            svg.getElement().setAttribute("aria-label", label);
            description.setText(text);
            readout.setText(numbers);
        }
    }
}
