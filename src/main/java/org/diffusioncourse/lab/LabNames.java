package org.diffusioncourse.lab;

import java.util.Locale;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.sampler.SamplerKind;

/**
 * Readable names of the lab's processes, comparison choices and targets, for labels, headings
 * and text alternatives. The samplers' names are those of {@link SamplerKind}.
 */
final class LabNames {

    private LabNames() {
    }

    static String process(String id) {
        return switch (id) {
            case "ddpm-linear" -> "DDPM, linear β (T = 1000)";
            case "ddpm-cosine" -> "DDPM, cosine (T = 1000)";
            case "vp-sde" -> "VP SDE (β 0.1 to 20)";
            case "ve-sde" -> "VE SDE (σ 0.01 to 50)";
            case "condot" -> "CondOT flow path";
            case LabSettings.NO_PROCESS -> "None (Langevin samplers)";
            default -> id;
        };
    }

    /** A comparison choice {@code process/sampler} as text. */
    static String pair(String choice) {
        if (LabSettings.NO_COMPARISON.equals(choice)) {
            return "No comparison";
        }
        String process = choice.substring(0, choice.indexOf('/'));
        String sampler = choice.substring(choice.indexOf('/') + 1);
        return SamplerKind.byId(sampler).label() + (LabSettings.NO_PROCESS.equals(process) ? "" : " on " + process);
    }

    static String target(String id) {
        return ToyDataset.byId(id).label().toLowerCase(Locale.ROOT);
    }
}
