package org.diffusioncourse.demo;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Pieces of a lesson demo's stage that are built the same way in every demo. */
public final class StageParts {

    private StageParts() {
    }

    /**
     * A text field for a whole-number parameter, read when the learner leaves it. {@code apply}
     * tries the typed text and returns what is wrong with it (empty when it was used); a wrong
     * value is shown on the field and nothing else changes.
     */
    public static TextField numberField(String id, String label, String helper, Supplier<String> current,
                                        Function<String, List<String>> apply) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setHelperText(helper);
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.addValueChangeListener(e -> {
            if (!e.getValue().equals(current.get())) {
                List<String> problems = apply.apply(e.getValue());
                field.setInvalid(!problems.isEmpty());
                if (!problems.isEmpty()) {
                    field.setErrorMessage(problems.getFirst());
                }
            }
        });
        return field;
    }
}
