package org.diffusioncourse.demo.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diffusioncourse.base.BoundedCache;
import org.diffusioncourse.base.CacheOwner;
import org.diffusioncourse.demo.FigureTimer;
import org.diffusioncourse.demo.LessonDemo;
import org.diffusioncourse.demo.ParamSet;
import org.diffusioncourse.lesson.Directive;
import org.diffusioncourse.lesson.DirectiveCatalog;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.lesson.SectionKind;
import org.diffusioncourse.practice.ComputedAnswer;
import org.diffusioncourse.practice.PracticeAnswers;

/**
 * The directives lessons may use, checked against the demos in {@link Demos#all}:
 * <ul>
 *   <li>{@code ::demo{id=DEMO …parameters}}</li>
 *   <li>{@code ::storyboard{demo=DEMO …parameters}}</li>
 *   <li>{@code ::code{witness=NAME}}, where each demo names the witnesses it owns</li>
 * </ul>
 * and the quantities practice answers may ask each demo for, which it computes.
 */
public class DemoCatalog implements DirectiveCatalog, PracticeAnswers, CacheOwner {

    private final Map<String, LessonDemo> demos = new LinkedHashMap<>();
    private final Map<String, String> witnessFiles = new LinkedHashMap<>();
    private final Map<String, LessonDemo> witnessOwners = new HashMap<>();

    /** Every demo of the course, with caches of their own. */
    public DemoCatalog() {
        this(Demos.all());
    }

    public DemoCatalog(List<LessonDemo> all) {
        this(all, FigureTimer.NONE);
    }

    /** {@code all}, each timing the frames it draws with {@code timer}. */
    public DemoCatalog(List<LessonDemo> all, FigureTimer timer) {
        for (LessonDemo demo : all) {
            demo.timeFiguresWith(timer);
            if (demos.putIfAbsent(demo.id(), demo) != null) {
                throw new IllegalArgumentException("two demos share the id " + demo.id());
            }
            demo.witnesses().forEach((witness, file) -> {
                if (witnessFiles.putIfAbsent(witness, file) != null) {
                    throw new IllegalArgumentException("two demos declare the code witness " + witness);
                }
                witnessOwners.put(witness, demo);
            });
        }
    }

    @Override
    public List<BoundedCache<?, ?>> caches() {
        return demos.values().stream().flatMap(demo -> demo.caches().stream()).toList();
    }

    /**
     * Draws every demo's default state into its caches, the slowest first (the training demo, whose
     * default state samples two fields and measures copying), so the first learner on a lesson
     * finds it drawn. A demo that fails is skipped and named in the returned list; the others go on.
     */
    public List<String> warmUp() {
        List<String> failed = new ArrayList<>();
        List<LessonDemo> order = new ArrayList<>(demos.values());
        order.sort(java.util.Comparator.comparing((LessonDemo d) -> !d.id().equals("training")));
        for (LessonDemo demo : order) {
            try {
                demo.warmUp();
            } catch (RuntimeException e) {
                failed.add(demo.id() + ": " + e);
            }
        }
        return failed;
    }

    public Optional<LessonDemo> demo(String id) {
        return Optional.ofNullable(demos.get(id));
    }

    public List<String> demoIds() {
        return List.copyOf(demos.keySet());
    }

    /** The code witness by id, cut from the source on the classpath. */
    public Optional<CodeWitness> witness(String id) {
        String file = witnessFiles.get(id);
        return file == null ? Optional.empty() : CodeWitness.load(id, file);
    }

    /** Extra views under a witness's source, from the demo that owns it. */
    public List<com.vaadin.flow.component.Component> witnessExtras(String id) {
        LessonDemo owner = witnessOwners.get(id);
        return owner == null ? List.of() : owner.witnessExtras(id);
    }

    @Override
    public List<String> check(Directive directive, SectionKind section) {
        Map<String, String> settings = directive.settings();
        List<String> problems = new ArrayList<>();
        switch (directive.kind()) {
            case DEMO -> known(directive.subject(), "id", problems)
                    .ifPresent(demo -> problems.addAll(demo.check(settings)));
            case STORYBOARD -> known(directive.subject(), "demo", problems)
                    .ifPresent(demo -> problems.addAll(demo.checkStoryboard(settings)));
            case CODE -> {
                problems.addAll(ParamSet.unknownKeys(settings.keySet(), Set.of(), "::code"));
                String known = String.join(", ", witnessFiles.keySet().stream().sorted().toList());
                Optional<String> witness = directive.subject();
                if (witness.isEmpty()) {
                    problems.add("::code needs witness=NAME; known witnesses: " + known);
                } else if (!witnessFiles.containsKey(witness.get())) {
                    problems.add("unknown code witness '" + witness.get() + "'; known witnesses: " + known);
                } else if (witness(witness.get()).isEmpty()) {
                    problems.add("code witness '" + witness.get() + "' has no region '// region " + witness.get()
                            + "' in " + witnessFiles.get(witness.get()));
                }
            }
        }
        return problems;
    }

    @Override
    public List<String> checkAnswer(String demoId, String quantity, Map<String, String> params) {
        List<String> problems = new ArrayList<>();
        Optional<LessonDemo> known = known(Optional.of(demoId), "demo", problems);
        if (known.isEmpty()) {
            return problems;
        }
        LessonDemo demo = known.get();
        if (!demo.quantities().contains(quantity)) {
            problems.add("unknown quantity '" + quantity + "' for demo " + demoId + "; allowed: "
                    + String.join(", ", demo.quantities()));
            return problems;
        }
        return demo.checkAnswer(quantity, params);
    }

    @Override
    public ComputedAnswer answer(Lesson.Answer answer) {
        return answer(answer.demo(), answer.quantity(), answer.params());
    }

    /** The simulation's answer to a practice item; the loader has already checked it. */
    public ComputedAnswer answer(String demoId, String quantity, Map<String, String> params) {
        LessonDemo demo = demos.get(demoId);
        if (demo == null) {
            throw new IllegalArgumentException("unknown demo '" + demoId + "'; known demos: " + String.join(", ", demos.keySet()));
        }
        return demo.answer(quantity, params);
    }

    private Optional<LessonDemo> known(Optional<String> id, String key, List<String> problems) {
        String names = String.join(", ", demos.keySet());
        if (id.isEmpty()) {
            problems.add("missing " + key + "=NAME; known demos: " + names);
            return Optional.empty();
        }
        LessonDemo demo = demos.get(id.get());
        if (demo == null) {
            problems.add("unknown demo '" + id.get() + "'; known demos: " + names);
        }
        return Optional.ofNullable(demo);
    }
}
