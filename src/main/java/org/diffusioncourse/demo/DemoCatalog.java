package org.diffusioncourse.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diffusioncourse.lesson.Directive;
import org.diffusioncourse.lesson.DirectiveCatalog;
import org.diffusioncourse.lesson.SectionKind;
import org.springframework.stereotype.Component;

/**
 * The directives lessons may use and the parameters each accepts:
 * <ul>
 *   <li>{@code ::demo{id=forward-noising dataset=… schedule=… t=… seed=… n=…}}</li>
 *   <li>{@code ::storyboard{demo=forward-noising dataset=… schedule=… seed=… n=…}}</li>
 *   <li>{@code ::code{witness=forward-noising}} or {@code ::code{witness=forward-trace}}</li>
 * </ul>
 * and the quantities practice answers may ask the forward-noising demo for.
 */
@Component
public class DemoCatalog implements DirectiveCatalog {

    public static final String FORWARD_NOISING = "forward-noising";
    static final List<String> DEMOS = List.of(FORWARD_NOISING);
    static final List<String> QUANTITIES = List.of("crossing-band", "crossing-t", "alpha-bar", "noise-std");

    @Override
    public List<String> check(Directive directive, SectionKind section) {
        Map<String, String> params = new HashMap<>(directive.params());
        List<String> problems = new ArrayList<>();
        switch (directive.name()) {
            case "demo" -> {
                String id = params.remove("id");
                if (!knownDemo(id, "id", problems)) {
                    return problems;
                }
                unknownKeys(params.keySet(), ForwardSettings.KEYS, "::demo{id=" + id + "}", problems);
                problems.addAll(ForwardSettings.read(params, ForwardSettings.DEFAULTS).problems());
            }
            case "storyboard" -> {
                String id = params.remove("demo");
                if (!knownDemo(id, "demo", problems)) {
                    return problems;
                }
                Set<String> allowed = new LinkedHashSet<>(ForwardSettings.KEYS);
                allowed.remove("t");
                unknownKeys(params.keySet(), allowed, "::storyboard", problems);
                problems.addAll(ForwardSettings.read(params, ForwardSettings.DEFAULTS).problems());
            }
            case "code" -> {
                String witness = params.remove("witness");
                unknownKeys(params.keySet(), Set.of(), "::code", problems);
                if (witness == null) {
                    problems.add("::code needs witness=NAME; known witnesses: " + String.join(", ",
                            CodeWitness.FILES.keySet().stream().sorted().toList()));
                } else if (!CodeWitness.FILES.containsKey(witness)) {
                    problems.add("unknown code witness '" + witness + "'; known witnesses: " + String.join(", ",
                            CodeWitness.FILES.keySet().stream().sorted().toList()));
                } else if (CodeWitness.load(witness).isEmpty()) {
                    problems.add("code witness '" + witness + "' has no region '// region " + witness
                            + "' in " + CodeWitness.FILES.get(witness));
                }
            }
            default -> problems.add("unknown directive ::" + directive.name()
                    + "; the directives are ::demo, ::storyboard and ::code");
        }
        return problems;
    }

    @Override
    public List<String> checkAnswer(String demo, String quantity, Map<String, String> params) {
        List<String> problems = new ArrayList<>();
        if (!knownDemo(demo, "demo", problems)) {
            return problems;
        }
        if (!QUANTITIES.contains(quantity)) {
            problems.add("unknown quantity '" + quantity + "' for demo " + demo + "; allowed: "
                    + String.join(", ", QUANTITIES));
        }
        unknownKeys(params.keySet(), ForwardSettings.KEYS, "the answer's params", problems);
        if ((quantity.equals("alpha-bar") || quantity.equals("noise-std")) && !params.containsKey("t")) {
            problems.add("quantity '" + quantity + "' needs a step t in params");
        }
        problems.addAll(ForwardSettings.read(params, ForwardSettings.DEFAULTS).problems());
        return problems;
    }

    private static boolean knownDemo(String id, String key, List<String> problems) {
        if (id == null) {
            problems.add("missing " + key + "=NAME; known demos: " + String.join(", ", DEMOS));
            return false;
        }
        if (!DEMOS.contains(id)) {
            problems.add("unknown demo '" + id + "'; known demos: " + String.join(", ", DEMOS));
            return false;
        }
        return true;
    }

    private static void unknownKeys(Set<String> given, Set<String> allowed, String where, List<String> problems) {
        given.stream().filter(k -> !allowed.contains(k)).sorted().forEach(k -> problems.add(
                "unknown parameter '" + k + "' for " + where + "; allowed: "
                        + (allowed.isEmpty() ? "none" : String.join(", ", allowed.stream().sorted().toList()))));
    }
}
