package org.diffusioncourse.search;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diffusioncourse.base.InlineMath;

/**
 * Lesson text as the index reads it and the results page shows it: plain words, never markup.
 * Math becomes its words: {@code $\bar\alpha_t$} is "bar alpha t", so a search for "alpha" finds
 * the formula, and a snippet never shows half a formula's TeX. Commands that only style a symbol
 * ({@code \mathbf}, {@code \left}) are dropped.
 */
final class PlainText {

    private static final Pattern DISPLAY_OR_INLINE_MATH = Pattern.compile("<course-math[^>]*\\btex=\"([^\"]*)\"[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern TEX_COMMAND = Pattern.compile("\\\\([A-Za-z]+)");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> STYLE_ONLY = Set.of("mathbf", "mathrm", "mathcal", "mathbb", "boldsymbol",
            "operatorname", "text", "textrm", "left", "right", "big", "Big", "bigl", "bigr", "quad", "qquad", "displaystyle");

    private PlainText() {
    }

    /** Rendered lesson Markdown (from the loader, raw HTML already escaped) as words. */
    static String fromHtml(String html) {
        String withMath = replace(DISPLAY_OR_INLINE_MATH, html, tex -> " " + texWords(unescape(tex)) + " ");
        return squeeze(unescape(TAG.matcher(withMath).replaceAll(" ")));
    }

    /** Short author text with {@code $...$} math (a claim, a notation meaning) as words. */
    static String fromInline(String text) {
        StringBuilder plain = new StringBuilder();
        InlineMath.split(text, plain::append, tex -> plain.append(' ').append(texWords(tex)).append(' '));
        return squeeze(plain.toString());
    }

    /** {@code \mathbf{x}_t \sim q} is "x t sim q". */
    static String texWords(String tex) {
        String named = replace(TEX_COMMAND, tex, name -> STYLE_ONLY.contains(name) ? " " : " " + name + " ");
        return squeeze(NOT_A_WORD.matcher(named).replaceAll(" "));
    }

    private static String replace(Pattern pattern, String text, java.util.function.UnaryOperator<String> group) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(group.apply(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The five entities the Markdown renderer writes; {@code &amp;} last, so "&amp;lt;" stays "&lt;". */
    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String squeeze(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
