package org.diffusioncourse.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;

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
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
                plain.append('$');
                i += 2;
                continue;
            }
            int close = c == '$' ? text.indexOf('$', i + 1) : -1;
            if (close > i + 1) {
                if (!plain.isEmpty()) {
                    parts.add(new Text(plain.toString()));
                    plain.setLength(0);
                }
                parts.add(new MathFormula(text.substring(i + 1, close), false));
                i = close + 1;
            } else {
                plain.append(c);
                i++;
            }
        }
        if (!plain.isEmpty()) {
            parts.add(new Text(plain.toString()));
        }
        return parts;
    }
}
