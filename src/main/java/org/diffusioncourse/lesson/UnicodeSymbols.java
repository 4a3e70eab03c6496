package org.diffusioncourse.lesson;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few TeX a notation symbol starts with, as Unicode text: Greek letters, a handful of
 * operators, accents as combining marks after their letter, and named text such as
 * {@code \mathrm{SNR}}. Anything else keeps its command name, so the result is always readable.
 */
final class UnicodeSymbols {

    private static final Map<String, String> LETTERS = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"),
            Map.entry("theta", "θ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"), Map.entry("lambda", "λ"),
            Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"), Map.entry("pi", "π"),
            Map.entry("rho", "ρ"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"), Map.entry("phi", "φ"),
            Map.entry("varphi", "φ"), Map.entry("chi", "χ"), Map.entry("psi", "ψ"), Map.entry("omega", "ω"),
            Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"), Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"),
            Map.entry("Sigma", "Σ"), Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"),
            Map.entry("nabla", "∇"), Map.entry("ell", "ℓ"), Map.entry("partial", "∂"));
    private static final Map<String, String> ACCENTS = Map.of("bar", "\u0304", "overline", "\u0305", "tilde", "\u0303",
            "hat", "\u0302", "vec", "\u20d7", "dot", "\u0307", "mathbf", "", "boldsymbol", "");
    private static final Pattern NAMED = Pattern.compile("\\\\(?:mathrm|text|operatorname|mathcal|mathbf|boldsymbol)\\{([^}]*)}");
    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+)");

    private UnicodeSymbols() {
    }

    /** A key of {@link CourseNotation}, such as {@code \bar\alpha} or {@code \hat x}, as text. */
    static String of(String tex) {
        String text = NAMED.matcher(tex).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        StringBuilder marks = new StringBuilder();
        StringBuilder out = new StringBuilder();
        Matcher command = COMMAND.matcher(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (command.find(i) && command.start() == i) {
                String name = command.group(1);
                i = command.end();
                if (ACCENTS.containsKey(name)) {
                    marks.append(ACCENTS.get(name));
                } else {
                    out.append(LETTERS.getOrDefault(name, name)).append(marks);
                    marks.setLength(0);
                }
            } else {
                i++;
                if (Character.isLetterOrDigit(c)) {
                    out.append(c).append(marks);
                    marks.setLength(0);
                }
            }
        }
        return out.toString();
    }
}
