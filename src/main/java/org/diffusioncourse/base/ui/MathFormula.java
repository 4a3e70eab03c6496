package org.diffusioncourse.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;

/**
 * A TeX formula, typeset in the browser by the {@code course-math} element
 * ({@code frontend/course-math.js}, loaded by {@link MainLayout}). The TeX goes into an
 * attribute, never into markup.
 */
@Tag("course-math")
public final class MathFormula extends Component {

    public MathFormula(String tex, boolean display) {
        getElement().setAttribute("tex", tex);
        if (display) {
            getElement().setAttribute("display", "");
        }
    }
}
