package org.diffusioncourse.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.diffusioncourse.base.InlineMath;

/**
 * Short author text (a claim, a hint, a notation meaning) with {@code $...$} math. The
 * prose becomes text nodes and the math becomes {@link MathFormula}s, so nothing in the
 * string is ever interpreted as HTML.
 */
public final class InlineText {

    private InlineText() {
    }

    public static Span of(String text) {
        Span span = new Span();
        parts(text).forEach(span::add);
        return span;
    }

    static List<Component> parts(String text) {
        List<Component> parts = new ArrayList<>();
        InlineMath.split(text, prose -> parts.add(new Text(prose)), tex -> parts.add(new MathFormula(tex, false)));
        return parts;
    }
}
