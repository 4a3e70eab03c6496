package org.diffusioncourse.demo;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Pieces every demo shows the same way: a list of problems, a figure with its text
 * alternative and readout, a small table of numbers, a labelled slider, a drop-down and a typed
 * parameter.
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

    /**
     * Marks {@code demo} as the stage of the lesson demo {@code demoId} (class {@code demo}, a
     * labelled group with the id {@code demo-DEMOID}) and lists first what could not be used from
     * the page's link.
     */
    public static void stage(Div demo, String demoId, String label, List<String> linkProblems) {
        demo.addClassName("demo");
        demo.setId("demo-" + demoId);
        demo.getElement().setAttribute("role", "group");
        demo.getElement().setAttribute("aria-label", label);
        if (!linkProblems.isEmpty()) {
            demo.add(problemList("Some values in this link could not be used, so their defaults are shown:", linkProblems));
        }
    }

    /**
     * A range input with its label and, beside it, the value it stands for; for a slider that is
     * not the main control (that one is a {@link StepSlider}).
     */
    public static Div slider(String label, RangeInput input, Span value) {
        NativeLabel name = new NativeLabel(label);
        name.setFor(input);
        Div slider = new Div(name, input, value);
        slider.addClassName("slider-field");
        return slider;
    }

    /**
     * A drop-down of {@code items} with a visible label. {@code onPick} hears only a value other
     * than {@code shown}, the one on display, so showing a value never loops.
     */
    public static <T> Select<T> choice(String label, List<T> items, Supplier<T> shown, Consumer<T> onPick) {
        Select<T> select = new Select<>();
        select.setLabel(label);
        select.setItems(items);
        select.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().equals(shown.get())) {
                onPick.accept(e.getValue());
            }
        });
        return select;
    }

    /**
     * A text field for one typed parameter, read when the learner leaves it or presses Enter.
     * {@code apply} takes the text and returns what is wrong with it (empty once it has been
     * used); the first problem is shown on the field and nothing else changes. Text equal to
     * {@code shown}, the value on display, is ignored, so showing a value never loops.
     */
    public static TextField parameterField(String id, String label, String helper, Supplier<String> shown,
            Function<String, List<String>> apply) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setHelperText(helper);
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.addValueChangeListener(e -> {
            if (!e.getValue().equals(shown.get())) {
                List<String> problems = apply.apply(e.getValue());
                if (!problems.isEmpty()) {
                    field.setErrorMessage(problems.getFirst());
                }
                field.setInvalid(!problems.isEmpty());
            }
        });
        return field;
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
