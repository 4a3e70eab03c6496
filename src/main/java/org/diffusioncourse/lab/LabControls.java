package org.diffusioncourse.lab;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.diffusioncourse.base.Reading;
import org.diffusioncourse.simulation.GuidedField;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.learn.TrainingConfig;
import org.diffusioncourse.simulation.sampler.Range;
import org.diffusioncourse.simulation.sampler.Sampler;
import org.diffusioncourse.simulation.sampler.SamplerKind.Option;
import org.diffusioncourse.simulation.sampler.SamplerKind;
import org.diffusioncourse.simulation.sampler.SamplerOptions;
import org.jspecify.annotations.Nullable;

/**
 * The lab's inputs. Each holds a valid value or shows why not: a typed value is read as it
 * is committed, and a wrong one stays on its field with a message while the settings keep the
 * last good value. Only the samplers that fit the chosen process are offered, and the
 * parameters show only when a chosen sampler uses them. The field offers the exact score, the
 * shipped networks that fit the chosen target and process, and the network the learner trained
 * last in this session; choosing a network brings its target and process, and a target or
 * process it does not fit takes the choice back to the exact score.
 */
final class LabControls extends Div {

    private final Consumer<LabSettings> onChange;
    private final Supplier<@Nullable TrainingConfig> trained;
    private LabSettings settings;

    private final Select<String> target = new Select<>();
    private final Select<String> process = new Select<>();
    private final Select<String> sampler = new Select<>();
    private final Select<String> compare = new Select<>();
    private final Select<String> guidance = new Select<>();
    private final Select<String> model = new Select<>();
    private final Map<String, TextField> fields = new LinkedHashMap<>();

    /** @param trained the configuration the learner trained last in this session, or null */
    LabControls(LabSettings initial, Consumer<LabSettings> onChange, Supplier<@Nullable TrainingConfig> trained) {
        this.settings = initial;
        this.onChange = onChange;
        this.trained = trained;
        addClassName("demo-controls");
        addClassName("lab-controls");
        select(target, "target", "Target", ToyDataset.allIds(), id -> ToyDataset.byId(id).label());
        select(process, "process", "Process", LabSettings.processChoices(), LabNames::process);
        select(sampler, "sampler", "Sampler", LabSettings.samplersFor(initial.process()),
                id -> SamplerKind.byId(id).label());
        select(compare, "compare", "Compare with", LabSettings.comparisonChoices(), LabNames::pair);
        select(model, "model", "Field", List.of(LabModels.EXACT), LabModels::label);
        model.setHelperText("A network runs beside the exact score: same sampler, same noise");
        select(guidance, "class", "Guide towards class", List.of(), y -> y.equals("-1") ? "No guidance" : "Class " + y);
        text("steps", "Steps", "1 to " + LabSettings.MAX_STEPS + "; ddpm always takes all 1000");
        text("seed", "Seed", "A whole number ≥ 0; the same seed gives the same figures");
        text("n", "Samples n", LabSettings.MIN_POINTS + " to " + Sampler.MAX_PARTICLES);
        Range eta = Option.ETA.range();
        Range sigma = Option.SIGMA.range();
        Range stepSize = Option.STEP_SIZE.range();
        text(Option.ETA.key(), "DDIM η", LabSettings.format(eta.min()) + " (deterministic) to "
                + LabSettings.format(eta.max()) + " (like DDPM)");
        text(Option.SIGMA.key(), "Flow SDE σ", LabSettings.format(sigma.min()) + " (the ODE) to "
                + LabSettings.format(sigma.max()));
        text(Option.STEP_SIZE.key(), "Langevin step size h", LabSettings.format(stepSize.min()) + " < h ≤ "
                + LabSettings.format(stepSize.max()) + " (annealed: ε, the step at the smallest σ)");
        text("w", "Guidance scale w", "0 unconditional, 1 conditional, > 1 guided; at most "
                + (int) GuidedField.MAX_WEIGHT);
        process.setWidth("15rem");
        sampler.setWidth("16rem");
        compare.setWidth("20rem");
        model.setWidth("20rem");
        add(target, process, sampler, model, compare);
        fields.values().forEach(this::add);
        add(guidance);
        // Keep the guidance scale next to the class it applies to.
        getElement().insertChild(getElement().indexOfChild(guidance.getElement()) + 1, fields.get("w").getElement());
        show();
    }

    LabSettings settings() {
        return settings;
    }

    /** Whether every field in use holds a valid value (a hidden one does not apply to the chosen samplers). */
    boolean valid() {
        return fields.values().stream().filter(TextField::isVisible).noneMatch(TextField::isInvalid);
    }

    /** Shows an engine refusal on the field of the parameter it names; false if no field matches. */
    boolean showProblem(String parameter, String message) {
        if (parameter.equals("model")) {
            model.setErrorMessage(message);
            model.setInvalid(true);
            return true;
        }
        String key = switch (parameter) {
            case "guidance.scale" -> "w";
            default -> parameter;
        };
        TextField f = fields.get(key);
        if (f == null) {
            return false;
        }
        f.setErrorMessage(message);
        f.setInvalid(true);
        return true;
    }

    /** Shows {@code next} on the inputs (for example after a link was read). */
    void set(LabSettings next) {
        settings = next;
        fields.values().forEach(f -> f.setInvalid(false));
        model.setInvalid(false);
        show();
    }

    private void select(Select<String> s, String key, String label, List<String> items,
            ItemLabelGenerator<String> names) {
        s.setLabel(label);
        s.setId("lab-" + key);
        s.setItems(items);
        s.setItemLabelGenerator(names);
        s.addValueChangeListener(e -> {
            String current = key.equals("model") ? settings.model() : settings.toQuery().get(key);
            if (e.getValue() != null && !e.getValue().equals(current)) {
                chosen(key, e.getValue());
            }
        });
    }

    private void text(String key, String label, String helper) {
        TextField f = new TextField(label);
        f.setId("lab-" + key.replace("stepSize", "step-size"));
        f.setHelperText(helper);
        f.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        f.addValueChangeListener(e -> {
            if (!e.getValue().equals(settings.toQuery().get(key))) {
                typed(key, e.getValue(), f);
            }
        });
        fields.put(key, f);
    }

    private void chosen(String key, String value) {
        Map<String, String> change = new LinkedHashMap<>(Map.of(key, value));
        TrainingConfig network = LabModels.config(key.equals("model") ? value : settings.model(), trained.get());
        if (key.equals("model") && network != null) {
            change.put("target", network.dataset().id());
            change.put("process", network.process().id());
        }
        String newTarget = change.getOrDefault("target", settings.target());
        String newProcess = change.getOrDefault("process", settings.process());
        if (!key.equals("model") && settings.learned() && (network == null || !LabModels.fits(network, newTarget, newProcess))) {
            change.put("model", LabModels.EXACT);
        }
        if (!LabSettings.samplersFor(newProcess).contains(settings.sampler())) {
            change.put("sampler", LabSettings.samplersFor(newProcess).getFirst());
        }
        if (settings.guidance() >= LabSettings.classesOf(newTarget).size()) {
            change.put("class", "-1");
        }
        String newSampler = change.get("sampler");
        if (newSampler != null) {
            SamplerOptions d = SamplerKind.byId(newSampler).defaults();
            change.put("steps", Integer.toString(d.steps()));
            change.put(Option.STEP_SIZE.key(), LabSettings.format(d.stepSize()));
        }
        Reading<LabSettings> r = LabSettings.read(change, settings);
        if (r.problems().isEmpty()) {
            update(r.settings());
        }
    }

    private void typed(String key, String text, TextField field) {
        Reading<LabSettings> r = LabSettings.read(Map.of(key, text), settings);
        if (r.problems().isEmpty()) {
            field.setInvalid(false);
            update(r.settings());
        } else {
            field.setErrorMessage(r.problems().getFirst());
            field.setInvalid(true);
        }
    }

    private void update(LabSettings next) {
        settings = next;
        model.setInvalid(false);
        show();
        onChange.accept(settings);
    }

    private void show() {
        Map<String, String> q = settings.toQuery();
        target.setValue(settings.target());
        process.setValue(settings.process());
        List<String> fitting = LabSettings.samplersFor(settings.process());
        if (!fitting.equals(sampler.getListDataView().getItems().toList())) {
            sampler.setItems(fitting);
        }
        sampler.setValue(settings.sampler());
        compare.setValue(settings.compare());
        compare.setVisible(!settings.learned());
        List<String> networks = LabModels.choices(settings.target(), settings.process(), trained.get(), settings.model());
        if (!networks.equals(model.getListDataView().getItems().toList())) {
            model.setItems(networks);
        }
        model.setValue(settings.model());
        List<String> classes = new ArrayList<>(List.of("-1"));
        LabSettings.classesOf(settings.target()).forEach(y -> classes.add(Integer.toString(y)));
        if (!classes.equals(guidance.getListDataView().getItems().toList())) {
            guidance.setItems(classes);
        }
        guidance.setValue(Integer.toString(settings.guidance()));
        fields.forEach((key, f) -> {
            if (!f.isInvalid()) {
                setQuietly(f, q.get(key));
            }
        });
        for (Option option : Option.values()) {
            fields.get(option.key()).setVisible(uses(option));
        }
        fields.get("w").setVisible(settings.guidance() >= 0);
    }

    private static void setQuietly(AbstractField<?, String> f, String value) {
        if (!value.equals(f.getValue())) {
            f.setValue(value);
        }
    }

    /** Whether a chosen sampler reads {@code option}. */
    private boolean uses(Option option) {
        return SamplerKind.byId(settings.sampler()).uses(option)
                || (settings.comparing() && !settings.learned() && SamplerKind.byId(settings.compareSampler()).uses(option));
    }
}
