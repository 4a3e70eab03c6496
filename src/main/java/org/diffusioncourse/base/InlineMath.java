package org.diffusioncourse.base;

import java.util.function.Consumer;

/**
 * The one reading of short author text with {@code $...$} math (a claim, a hint, a notation
 * meaning): runs of prose and formulas, in order. {@code \$} is a literal dollar, an unclosed or
 * empty {@code $} is prose. The page shows the formulas typeset ({@code InlineText}); the search
 * index turns them into words ({@code search.PlainText}); both read the text here, so they agree
 * on what is math.
 */
public final class InlineMath {

    private InlineMath() {
    }

    /** Tells {@code prose} each run of prose and {@code math} each formula's TeX, in the order they come. */
    public static void split(String text, Consumer<String> prose, Consumer<String> math) {
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
                    prose.accept(plain.toString());
                    plain.setLength(0);
                }
                math.accept(text.substring(i + 1, close));
                i = close + 1;
            } else {
                plain.append(c);
                i++;
            }
        }
        if (!plain.isEmpty()) {
            prose.accept(plain.toString());
        }
    }
}
